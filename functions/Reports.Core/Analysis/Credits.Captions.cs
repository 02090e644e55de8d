using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>
/// Unmarked photo captions: BBC-style pages put the top picture's caption, with no credit, before the body, and a
/// copied text runs it into the first paragraph ("Warga menggunakan perahu karet di Samarinda. Ketinggian air …").
/// </summary>
internal static partial class Credits
{
    /// <summary>An unmarked caption has at most this many words, unless its language says (<see cref="LanguageProfile.CaptionMaxWords"/>).</summary>
    public const int MaxUnmarkedCaptionWords = 14;

    /// <summary>An unmarked caption has at least this many words (a shorter line is a fragment, never a candidate).</summary>
    private const int MinUnmarkedCaptionWords = 3;

    /// <summary>Longer words are compared as no caption word (the folding buffer's size).</summary>
    private const int MaxFoldedWordLength = 64;

    private static readonly ConditionalWeakTable<LanguageProfile, CaptionWords> CaptionWordsByLanguage = [];

    /// <summary>
    /// The index of the text's first unflagged sentence when it is an unmarked caption (<see cref="IsUnmarkedCaption"/>)
    /// run into the paragraph that follows it (another sentence on its line: a line of its own may be the headline);
    /// else -1. It is not flagged with the credits: the figures read it as the article's first sentence, as before;
    /// the title passes over it and the summary never takes it, though it keeps its place in the ranking.
    /// </summary>
    public static int UnmarkedCaption(string text, IReadOnlyList<Sentence> sentences, bool[] flags, LanguageProfile? profile)
    {
        if (profile is null || (profile.CaptionPlaces.Count == 0 && profile.CaptionOpeners.Count == 0))
        {
            return -1;
        }

        var first = Array.IndexOf(flags, false);
        if (first < 0 || first + 1 >= sentences.Count || flags[first + 1] || (first > 0 && IsDateline(sentences[first - 1].Text, profile)))
        {
            // After a dateline ("SURABAYA, KOMPAS.com -") comes the lede, never the picture's caption.
            return -1;
        }

        if (LineBreakBetween(text, sentences[first].End, sentences[first + 1].Offset))
        {
            // A line of its own may be the headline, unless it ends with a caption's weekday and date in brackets.
            return DatedCaptionTail(sentences[first].Text, profile) >= 0 && IsUnmarkedCaption(sentences[first].Text, profile) ? first : -1;
        }

        return IsUnmarkedCaption(sentences[first].Text, profile) || IsOpenedCaption(sentences[first].Text, profile) ? first : -1;
    }

    /// <summary>
    /// The text after a photo credit in brackets that opens it, the credit glued to the paragraph after the picture
    /// ("(Getty Images) Keputusan itu diambil …" reads from "Keputusan"), or a credit whose name the language lists
    /// ("Ảnh: TTXVN Sạt lở …" reads from "Sạt", <see cref="AfterNamedCredit"/>), or one glued between a caption and the
    /// sentence ("Ilustrasi … (Foto: Getty Images) Polisi …", <see cref="AfterGluedCredit"/>); the text itself otherwise.
    /// </summary>
    public static ReadOnlySpan<char> AfterBracketedCredit(ReadOnlySpan<char> text, LanguageProfile? profile)
    {
        var trimmed = text.TrimStart();
        if (trimmed.IsEmpty || trimmed[0] != '(')
        {
            var named = AfterNamedCredit(text, profile);
            return named.Length == text.Length ? AfterGluedCredit(text, profile) : named;
        }

        var close = trimmed.IndexOf(')');
        return close > 0 && !trimmed[(close + 1)..].Trim().IsEmpty && StartsWithCredit(trimmed, profile) ? trimmed[(close + 1)..].TrimStart() : text;
    }

    /// <summary>As <see cref="AfterBracketedCredit(ReadOnlySpan{char}, LanguageProfile?)"/>, a string (the same one when nothing is cut).</summary>
    public static string AfterBracketedCredit(string text, LanguageProfile? profile)
    {
        var rest = AfterBracketedCredit(text.AsSpan(), profile);
        return rest.Length == text.Length ? text : rest.ToString();
    }

    /// <summary>
    /// The sentence reads like a photo caption: 3 to <see cref="LanguageProfile.CaptionMaxWords"/> words ending with a full stop,
    /// no digit, quotation mark or colon, a place word of the language (<see cref="LanguageProfile.CaptionPlaces"/>)
    /// after its first word, and none of the words that narrate (<see cref="LanguageProfile.CaptionNotWords"/>, the
    /// weekdays): "Warga menggunakan perahu karet untuk melintasi jalan yang terendam di Samarinda.", "Người dân lội
    /// nước trên một tuyến phố ở Huế.", "نمایی از ساختمان مجلس در تهران.". A lede names a time, a number, a source
    /// or a tense ("Banjir merendam 4.000 rumah di Samarinda pada Sabtu.", "Polisi mengatakan …"). A caption may end
    /// with the weekday and date in brackets the picture was taken ("…, Jakarta, Senin (2/6/2025).",
    /// <see cref="DatedCaptionTail"/>): they are not read, and it may then have <see cref="MaxOpenedCaptionWords"/> words.
    /// </summary>
    internal static bool IsUnmarkedCaption(ReadOnlySpan<char> sentence, LanguageProfile? profile)
    {
        if (profile is null || profile.CaptionPlaces.Count == 0)
        {
            return false;
        }

        sentence = sentence.Trim();
        var dated = DatedCaptionTail(sentence, profile);
        var maxWords = profile.CaptionMaxWords;
        if (dated > 0)
        {
            // "… di Semarang, Kamis (29/5/2025).": the caption's date, read without its digits and weekday; a dated
            // caption may be as long as one that says what it is.
            sentence = sentence[..dated];
            maxWords = Math.Max(maxWords, MaxOpenedCaptionWords);
        }
        else if (sentence.Length == 0 || sentence[^1] != '.')
        {
            return false;
        }

        if (sentence.IndexOfAny(CaptionBreakers) >= 0)
        {
            return false;
        }

        var words = CaptionWordsByLanguage.GetValue(profile, static p => new CaptionWords(p));
        var places = words.Places.GetAlternateLookup<ReadOnlySpan<char>>();
        var narrative = words.NotWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> folded = stackalloc char[MaxFoldedWordLength];
        var count = 0;
        var place = false;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (!IsWordStart(sentence, i))
            {
                continue;
            }

            var end = i;
            while (end < sentence.Length && IsWordChar(sentence[end]))
            {
                end++;
            }

            if (++count > maxWords)
            {
                return false;
            }

            var word = sentence[i..end];
            i = end - 1;
            if (word.Length > MaxFoldedWordLength)
            {
                continue;
            }

            for (var k = 0; k < word.Length; k++)
            {
                if (char.IsDigit(word[k]))
                {
                    return false;
                }

                folded[k] = WordFold.Fold(word[k]);
            }

            var key = folded[..word.Length];
            if (narrative.Contains(key))
            {
                return false;
            }

            place |= count > 1 && places.Contains(key);
        }

        return place && count >= MinUnmarkedCaptionWords;
    }

    /// <summary>Characters no unmarked caption holds: quotation marks (a quote is said, not seen) and a colon.</summary>
    private static readonly System.Buffers.SearchValues<char> CaptionBreakers = System.Buffers.SearchValues.Create("\"“”„«»:");

    /// <summary>A language's caption words, folded, in sets looked up by span (nothing allocated per word).</summary>
    private sealed class CaptionWords(LanguageProfile profile)
    {
        public FrozenSet<string> Places { get; } = profile.CaptionPlaces.Select(static w => WordFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

        public FrozenSet<string> NotWords { get; } = profile.CaptionNotWords.Concat(profile.Figures.Weekdays)
            .SelectMany(static w => FoldedWords(w, numbersAsNull: false).OfType<string>()).ToFrozenSet(StringComparer.Ordinal);
    }
}
