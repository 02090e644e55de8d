using System.Collections.Frozen;

namespace Reports.Briefings.Pdf.Text;

/// <summary>
/// Joining types and presentation forms for the letters of Arabic and Persian (plus a few Urdu letters), from the
/// Unicode Character Database (ArabicShaping.txt and the decompositions of the presentation-form blocks).
/// </summary>
internal static class ArabicShapingTable
{
    public const char Lam = '\u0644';
    public const char Tatweel = '\u0640';
    public const char ZeroWidthNonJoiner = '\u200C';
    public const char ZeroWidthJoiner = '\u200D';

    /// <summary>Letter → forms. Letters of the FE80 block list their isolated form; the others follow it.</summary>
    public static readonly FrozenDictionary<char, ArabicLetterForms> Letters = new Dictionary<char, ArabicLetterForms>
    {
        ['\u0621'] = ArabicLetterForms.None('\uFE80'),   // hamza
        ['\u0622'] = ArabicLetterForms.Right('\uFE81'),  // alef with madda above
        ['\u0623'] = ArabicLetterForms.Right('\uFE83'),  // alef with hamza above
        ['\u0624'] = ArabicLetterForms.Right('\uFE85'),  // waw with hamza above
        ['\u0625'] = ArabicLetterForms.Right('\uFE87'),  // alef with hamza below
        ['\u0626'] = ArabicLetterForms.Dual('\uFE89'),   // yeh with hamza above
        ['\u0627'] = ArabicLetterForms.Right('\uFE8D'),  // alef
        ['\u0628'] = ArabicLetterForms.Dual('\uFE8F'),   // beh
        ['\u0629'] = ArabicLetterForms.Right('\uFE93'),  // teh marbuta
        ['\u062A'] = ArabicLetterForms.Dual('\uFE95'),   // teh
        ['\u062B'] = ArabicLetterForms.Dual('\uFE99'),   // theh
        ['\u062C'] = ArabicLetterForms.Dual('\uFE9D'),   // jeem
        ['\u062D'] = ArabicLetterForms.Dual('\uFEA1'),   // hah
        ['\u062E'] = ArabicLetterForms.Dual('\uFEA5'),   // khah
        ['\u062F'] = ArabicLetterForms.Right('\uFEA9'),  // dal
        ['\u0630'] = ArabicLetterForms.Right('\uFEAB'),  // thal
        ['\u0631'] = ArabicLetterForms.Right('\uFEAD'),  // reh
        ['\u0632'] = ArabicLetterForms.Right('\uFEAF'),  // zain
        ['\u0633'] = ArabicLetterForms.Dual('\uFEB1'),   // seen
        ['\u0634'] = ArabicLetterForms.Dual('\uFEB5'),   // sheen
        ['\u0635'] = ArabicLetterForms.Dual('\uFEB9'),   // sad
        ['\u0636'] = ArabicLetterForms.Dual('\uFEBD'),   // dad
        ['\u0637'] = ArabicLetterForms.Dual('\uFEC1'),   // tah
        ['\u0638'] = ArabicLetterForms.Dual('\uFEC5'),   // zah
        ['\u0639'] = ArabicLetterForms.Dual('\uFEC9'),   // ain
        ['\u063A'] = ArabicLetterForms.Dual('\uFECD'),   // ghain
        ['\u0641'] = ArabicLetterForms.Dual('\uFED1'),   // feh
        ['\u0642'] = ArabicLetterForms.Dual('\uFED5'),   // qaf
        ['\u0643'] = ArabicLetterForms.Dual('\uFED9'),   // kaf
        ['\u0644'] = ArabicLetterForms.Dual('\uFEDD'),   // lam
        ['\u0645'] = ArabicLetterForms.Dual('\uFEE1'),   // meem
        ['\u0646'] = ArabicLetterForms.Dual('\uFEE5'),   // noon
        ['\u0647'] = ArabicLetterForms.Dual('\uFEE9'),   // heh
        ['\u0648'] = ArabicLetterForms.Right('\uFEED'),  // waw
        ['\u0649'] = new(JoiningType.DualJoining, '\uFEEF', '\uFEF0', '\uFBE8', '\uFBE9'), // alef maksura
        ['\u064A'] = ArabicLetterForms.Dual('\uFEF1'),   // yeh
        ['\u0671'] = ArabicLetterForms.Right('\uFB50'),  // alef wasla
        ['\u0679'] = ArabicLetterForms.Dual('\uFB66'),   // tteh (Urdu)
        ['\u067E'] = ArabicLetterForms.Dual('\uFB56'),   // peh (Persian)
        ['\u0686'] = ArabicLetterForms.Dual('\uFB7A'),   // tcheh (Persian)
        ['\u0688'] = ArabicLetterForms.Right('\uFB88'),  // ddal (Urdu)
        ['\u0691'] = ArabicLetterForms.Right('\uFB8C'),  // rreh (Urdu)
        ['\u0698'] = ArabicLetterForms.Right('\uFB8A'),  // jeh (Persian)
        ['\u06A9'] = ArabicLetterForms.Dual('\uFB8E'),   // keheh (Persian kaf)
        ['\u06AF'] = ArabicLetterForms.Dual('\uFB92'),   // gaf (Persian)
        ['\u06BA'] = ArabicLetterForms.Right('\uFB9E'),  // noon ghunna: the font has no initial/medial forms
        ['\u06BE'] = ArabicLetterForms.Dual('\uFBAA'),   // heh doachashmee
        ['\u06CC'] = ArabicLetterForms.Dual('\uFBFC'),   // farsi yeh
        ['\u06D2'] = ArabicLetterForms.Right('\uFBAE'),  // yeh barree
    }.ToFrozenDictionary();

    /// <summary>Lam followed by one of these alefs becomes one ligature: (isolated, final).</summary>
    public static readonly FrozenDictionary<char, (char Isolated, char Final)> LamAlef = new Dictionary<char, (char, char)>
    {
        ['\u0622'] = ('\uFEF5', '\uFEF6'),
        ['\u0623'] = ('\uFEF7', '\uFEF8'),
        ['\u0625'] = ('\uFEF9', '\uFEFA'),
        ['\u0627'] = ('\uFEFB', '\uFEFC'),
    }.ToFrozenDictionary();

    public static JoiningType JoiningOf(char c) => c switch
    {
        Tatweel or ZeroWidthJoiner => JoiningType.JoinCausing,
        _ when Letters.TryGetValue(c, out var forms) => forms.Joining,
        _ => JoiningType.NonJoining,
    };

    /// <summary>
    /// Harakat and Quranic marks (joining type T): dropped by the shaper, consistently, because PDFsharp cannot position
    /// a zero-width mark over its base letter. News text rarely carries them.
    /// </summary>
    public static bool IsMark(char c) =>
        c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06DC')
            or (>= '\u06DF' and <= '\u06E4') or '\u06E7' or '\u06E8' or (>= '\u06EA' and <= '\u06ED');
}
