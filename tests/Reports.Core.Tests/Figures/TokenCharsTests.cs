using System.Globalization;
using System.Text.Json;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// The tokenizer's character table and the word hash carried by its tokens: the table classifies and folds every
/// character as the per-character rules did, and a token's hash is the hash of its folded word.
/// </summary>
public sealed class TokenCharsTests
{
    /// <summary>Every string of the ten languages' data files (terms, stopwords, number words…).</summary>
    private static List<string> DataStrings()
    {
        var assembly = typeof(LanguageCatalog).Assembly;
        var strings = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Reports.Core.Languages.Data.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream);
            Collect(document.RootElement, strings);
        }

        return strings;
    }

    /// <summary>Every string of a language data file, property names included (also read by <see cref="SpeedExtThirtiethTests"/>).</summary>
    internal static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    strings.Add(property.Name);
                    Collect(property.Value, strings);
                }

                break;
        }
    }

    // The rules the tokenizer and TextFold applied per character before the table (kept here as the reference).
    private static bool OldIsWordChar(char c) =>
        char.IsLetter(c) || (c >= 0x300 && (c is '\u200C' or '\u200D' ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark));

    private static string OldFold(char c)
    {
        if (c < 0x80)
        {
            return (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c).ToString();
        }

        switch (c)
        {
            case '\u0623' or '\u0625' or '\u0622' or '\u0671':
                return "\u0627";
            case '\u0640' or '\u200C' or '\u200D' or '\u00AD':
            case >= '\u064B' and <= '\u065F':
            case '\u0670':
                return string.Empty;
            case '\u2019' or '\u2018' or '\u02BC':
                return "'";
            case '\u2010' or '\u2011':
                return "-";
            default:
                var lower = WordFold.Fold(c);
                return (lower == 'ё' ? 'е' : lower).ToString();
        }
    }

    [Fact]
    public void Classify_EveryCharacterOfTheDataFiles_SameAsTheRules()
    {
        var chars = DataStrings().SelectMany(s => s).Concat(" \t\n\u00A0\u202F0123456789٠١٢٣۴۵-\u2010\u2011'\u2019.,;:/").Distinct().ToList();
        Assert.True(chars.Count > 200, $"only {chars.Count} distinct characters in the data files");
        foreach (var c in chars)
        {
            var v = TokenChars.Classify(c);
            Assert.True(OldIsWordChar(c) == ((v & TokenChars.Word) != 0), $"word U+{(int)c:X4}");
            Assert.True(char.IsDigit(c) == ((v & TokenChars.Digit) != 0), $"digit U+{(int)c:X4}");
            Assert.True(char.IsWhiteSpace(c) == ((v & TokenChars.Space) != 0), $"space U+{(int)c:X4}");
            Assert.True((c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019') == ((v & TokenChars.Joiner) != 0), $"joiner U+{(int)c:X4}");
            var folded = (v & TokenChars.Dropped) != 0 ? string.Empty : ((char)(v & 0xFFFF)).ToString();
            Assert.True(OldFold(c) == folded, $"fold U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Classify_EveryUtf16CodeUnit_SameAsTheRules()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var v = TokenChars.Classify(c);
            if (OldIsWordChar(c) != ((v & TokenChars.Word) != 0) || char.IsDigit(c) != ((v & TokenChars.Digit) != 0) ||
                char.IsWhiteSpace(c) != ((v & TokenChars.Space) != 0) ||
                OldFold(c) != ((v & TokenChars.Dropped) != 0 ? string.Empty : ((char)(v & 0xFFFF)).ToString()))
            {
                Assert.Fail($"U+{i:X4} classified differently");
            }
        }
    }

    [Fact]
    public void FoldInto_DataWords_SameAsTextFoldWithTheWordsHash()
    {
        foreach (var word in DataStrings())
        {
            var buffer = new char[word.Length];
            var length = TokenChars.FoldInto(word, buffer, out var hash);
            var folded = new string(buffer, 0, length);
            Assert.Equal(TextFold.Fold(word), folded);
            Assert.Equal(WordHash.Of(folded), hash);
        }
    }

    [Fact]
    public void TokenHash_GeneratedWords_EqualExactlyWhenTheFoldedWordsAreEqual()
    {
        // Data words in their written forms and in capitals, so different spellings fold to the same word.
        var words = DataStrings().SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
        var text = string.Join(' ', words.Concat(words.Select(w => w.ToUpperInvariant())));
        var tokens = new Tokenizer(CompiledLanguage.For(LanguageCatalog.Default.Get("en"))).Tokenize(text);
        var wordTokens = tokens.Where(t => t.IsWord).ToList();
        Assert.True(wordTokens.Count > 5_000, $"{wordTokens.Count} word tokens");
        foreach (var token in wordTokens)
        {
            Assert.Equal(WordHash.Of(token.Folded), token.Hash);
        }

        // Equal folded words have equal hashes (above); different ones different hashes, but for a rare collision of
        // 32-bit hashes among a few thousand words (never systematic).
        var distinctWords = wordTokens.Select(t => t.Folded).Distinct(StringComparer.Ordinal).Count();
        var distinctHashes = wordTokens.Select(t => t.Hash).Distinct().Count();
        Assert.InRange(distinctWords - distinctHashes, 0, 2);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("ru")]
    [InlineData("uk")]
    [InlineData("vi")]
    [InlineData("id")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    public void MatchAt_TokensWithoutAHash_SameMatchesAsTheTokenizersTokens(string code)
    {
        var language = CompiledLanguage.For(LanguageCatalog.Default.Get(code));
        var profile = language.Profile;
        var terms = profile.Figures.Killed.Concat(profile.Figures.Drones).Concat(profile.Numbers.Words.Keys).Concat(profile.Figures.Months)
            .Concat(profile.Numbers.CliticPrefixes.Select(c => c + profile.Figures.Missiles.First()));
        var tokens = new Tokenizer(language).Tokenize(string.Join(" , ", terms));
        var unhashed = tokens.Select(t => t with { Hash = 0 }).ToList();
        var matches = 0;
        foreach (var matcher in new[] { language.Keywords, language.Numbers, language.Qualifiers, language.Days })
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var hashed = new List<TermMatch>();
                var plain = new List<TermMatch>();
                matcher.MatchAt(tokens, i, hashed);
                matcher.MatchAt(unhashed, i, plain);
                Assert.Equal(plain, hashed);
                matches += hashed.Count;
            }
        }

        Assert.True(matches > 20, $"{matches} matches");
    }

    [Fact]
    public void FoldedWords_ManyWords_SameStringForTheSameWordAfterTheTableGrows()
    {
        var first = FoldedWords.Get("growth-check");
        for (var i = 0; i < 5_000; i++)
        {
            Assert.Equal($"g{i}", FoldedWords.Get($"g{i}"));
        }

        if (FoldedWords.Count > 5_000)
        {
            Assert.Same(first, FoldedWords.Get("growth-check"));
        }

        Assert.Equal("g17", FoldedWords.Get("g17".AsSpan(), WordHash.Of("g17")));
    }
}
