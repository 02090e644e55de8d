namespace Reports.Core.Figures;

internal enum TokenType
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A word, number or punctuation mark of one sentence, located in the sentence's text.</summary>
/// <param name="Type">What the token is.</param>
/// <param name="Start">Offset in the sentence.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Folded">The folded form (see <see cref="TextFold"/>); for punctuation the character itself.</param>
/// <param name="Number">For numbers, the value written with digits (decimals kept).</param>
/// <param name="Hash">For words read by the <see cref="Tokenizer"/>, the <see cref="Languages.WordHash"/> of <paramref name="Folded"/>
/// (0: not computed), so the term matchers find the word without hashing it again.</param>
/// <param name="Starts">For words read by the <see cref="Tokenizer"/>, which of the language's main matchers have a term
/// starting with the word (<see cref="TermMatcher.StartBit"/>), with <see cref="StartsKnown"/>; 0: not known (look up).</param>
internal readonly record struct Token(TokenType Type, int Start, int Length, string Folded, double Number = 0, uint Hash = 0, byte Starts = 0)
{
    /// <summary>In <see cref="Starts"/>: the other bits are known (decided once per word and language, <see cref="CompiledLanguage.StartsOf"/>).</summary>
    public const byte StartsKnown = 1;

    public int End => Start + Length;

    public bool IsWord => Type == TokenType.Word;

    public bool IsNumber => Type == TokenType.Number;

    public bool IsPunctuation => Type == TokenType.Punctuation;

    /// <summary>Marks that end a clause for the purpose of attaching a number to its words.</summary>
    public bool IsClauseBreak => Type == TokenType.Punctuation && Folded is "." or ";" or ":" or "!" or "?" or "؟" or "؛" or "|" or "•";

    public bool IsComma => Type == TokenType.Punctuation && Folded is "," or "،" or "(" or ")" or "–" or "—";
}
