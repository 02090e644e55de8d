namespace Reports.Briefings.Pdf.Text;

/// <summary>Unicode Arabic joining types (ArabicShaping.txt), reduced to what the shaper needs.</summary>
internal enum JoiningType
{
    /// <summary>Does not join (hamza, ZWNJ, spaces, anything outside the Arabic script).</summary>
    NonJoining,

    /// <summary>Joins on the right only (to the preceding letter): alef, dal, reh, waw.</summary>
    RightJoining,

    /// <summary>Joins on both sides: beh, seen, lam, Persian peh, gaf, keheh, yeh.</summary>
    DualJoining,

    /// <summary>Causes joining on both sides without changing form: tatweel, ZWJ.</summary>
    JoinCausing,
}
