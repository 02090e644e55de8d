namespace Reports.Core.Languages;

/// <summary>The writing systems the detector counts letters in; profile data names them in <c>"scripts"</c>.</summary>
internal enum WritingScript
{
    Other = 0,
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Thai,
    Han,
    Hangul,
    Kana,
}
