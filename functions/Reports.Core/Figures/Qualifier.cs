namespace Reports.Core.Figures;

/// <summary>How the article qualifies a number ("at least", "more than", ...).</summary>
public enum Qualifier
{
    Exact,
    AtLeast,
    MoreThan,
    About,
    Nearly,
    UpTo,
}
