namespace Reports.Briefings.Pdf.Text;

/// <summary>
/// The contextual forms of one Arabic-script letter as Unicode presentation forms (FB50–FDFF, FE70–FEFF).
/// Right-joining letters have no initial or medial form (0).
/// </summary>
internal readonly record struct ArabicLetterForms(JoiningType Joining, char Isolated, char Final, char Initial, char Medial)
{
    public static ArabicLetterForms Right(char isolated) => new(JoiningType.RightJoining, isolated, (char)(isolated + 1), '\0', '\0');

    public static ArabicLetterForms Dual(char isolated) => new(JoiningType.DualJoining, isolated, (char)(isolated + 1), (char)(isolated + 2), (char)(isolated + 3));

    public static ArabicLetterForms None(char isolated) => new(JoiningType.NonJoining, isolated, '\0', '\0', '\0');
}
