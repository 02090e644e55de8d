namespace Reports.Core.Analysis;

/// <summary>The punctuation the segmenter reasons about, across scripts.</summary>
internal static class Punctuation
{
    /// <summary>Marks that may end a sentence: . ! ? … and the Arabic, Urdu, Devanagari and CJK ones.</summary>
    public static bool IsTerminator(char c) =>
        c is '.' or '!' or '?' or '\u2026' or '\u061F' or '\u06D4' or '\u0964' or '\u3002' or '\uFF01' or '\uFF1F';

    /// <summary>The characters of <see cref="IsTerminator"/>, for a vectorised search (a test checks they are the same).</summary>
    public const string Terminators = ".!?\u2026\u061F\u06D4\u0964\u3002\uFF01\uFF1F";

    /// <summary>Closing quotes and brackets that stay with the sentence they close.</summary>
    public static bool IsCloser(char c) =>
        c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u300D' or '\u300F';

    /// <summary>Opening quotes, brackets and dashes that may start the next sentence.</summary>
    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '(' or '[' or '{' or '\u201C' or '\u2018' or '\u201E' or '\u00AB' or '\u2039' or '\u300C' or '\u300E' or '-' or '\u2013' or '\u2014' or '\u00BF' or '\u00A1';
}
