namespace Reports.Core.Places;

public sealed partial class Gazetteer
{
    /// <summary>
    /// Whether the place is named as a district, the one the place right before it lies in: right after one of the
    /// language's <c>districts</c> ("يارون في قضاء بنت جبيل", "Yarun im Bezirk Bint Dschbeil", "Yarún, en el distrito de
    /// Bint Jbeil") or right before one of its <c>districtsAfter</c> ("Yaroun in the Bint Jbeil district").
    /// </summary>
    public bool IsDistrictReference(string text, PlaceMention mention, string language)
    {
        var rule = languages.GetValueOrDefault(language ?? "", LanguageRule.None);
        return RightAfter(text, mention, rule.Districts) || RightBefore(text, mention, rule.DistrictsAfter);
    }
}
