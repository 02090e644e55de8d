using Reports.Core.Languages;

namespace Reports.Core.Tests.Languages;

public sealed class DetectorIndexTests
{
    [Fact]
    public void Classify_EveryCharacter_AgreesWithTheFoldAndScriptRules()
    {
        var sut = new DetectorIndex(LanguageCatalog.Default.All);
        var wrong = new List<string>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var info = sut.Classify(c);
            var isWord = WordFold.IsWordChar(c);
            if ((char)(info & 0xFFFF) != WordFold.Fold(c) || ((info & DetectorIndex.WordChar) != 0) != isWord ||
                (isWord && DetectorIndex.ScriptOf(info) != WritingScripts.Of(c)))
            {
                wrong.Add($"U+{code:X4}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Classify_MarkerLetters_NameTheLanguagesListingThem()
    {
        var catalog = LanguageCatalog.Default;
        var sut = new DetectorIndex(catalog.All);
        var checkedMarkers = 0;
        for (var p = 0; p < catalog.All.Count; p++)
        {
            // A marker beyond ASCII counts by its lower case (not folded), a weak one in its own set.
            foreach (var marker in catalog.All[p].Markers.Where(m => m.Length == 1 && m[0] >= '\u0080'))
            {
                checkedMarkers++;
                Assert.NotEqual(0UL, sut.StrongMarkersOf(sut.Classify(marker[0])) & (1UL << p));
                Assert.NotEqual(0UL, sut.StrongMarkersOf(sut.Classify(char.ToUpperInvariant(marker[0]))) & (1UL << p));
            }

            foreach (var marker in catalog.All[p].WeakMarkers)
            {
                Assert.NotEqual(0UL, sut.WeakMarkersOf(sut.Classify(marker[0])) & (1UL << p));
            }
        }

        Assert.True(checkedMarkers > 0, "no marker letters in the catalog");
        Assert.Equal(0UL, sut.StrongMarkersOf(sut.Classify('a')) | sut.WeakMarkersOf(sut.Classify('a')));
        Assert.Equal(0UL, sut.StrongMarkersOf(sut.Classify(' ')));
    }

    [Fact]
    public void Classify_ArabicAndPersianYeh_AreMarkersOfTheirOwnLanguage()
    {
        var catalog = LanguageCatalog.Default;
        var sut = new DetectorIndex(catalog.All);
        var fa = 1UL << catalog.All.ToList().FindIndex(p => p.Code == "fa");
        var ar = 1UL << catalog.All.ToList().FindIndex(p => p.Code == "ar");

        // Both fold to the Persian yeh for word look-ups, but only ی is Persian evidence, and ي only weak Arabic evidence.
        Assert.Equal(WordFold.Fold('\u064A'), WordFold.Fold('\u06CC'));
        Assert.Equal(fa, sut.StrongMarkersOf(sut.Classify('\u06CC')));
        Assert.Equal(0UL, sut.StrongMarkersOf(sut.Classify('\u064A')));
        Assert.Equal(ar, sut.WeakMarkersOf(sut.Classify('\u064A')));
    }

    [Fact]
    public void LanguagesOfWord_AStopwordOfSeveralLanguages_NamesEachAsABit_OtherWordsNone()
    {
        var catalog = LanguageCatalog.Default;
        var sut = new DetectorIndex(catalog.All);
        var listing = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var p = 0; p < catalog.All.Count; p++)
        {
            foreach (var word in catalog.All[p].Stopwords.Concat(catalog.All[p].DetectionWords).Select(WordFold.Fold))
            {
                listing[word] = listing.GetValueOrDefault(word) | (1UL << p);
            }
        }

        Assert.Contains(listing.Values, bits => ulong.PopCount(bits) > 1);
        foreach (var (word, bits) in listing)
        {
            Assert.Equal(bits, sut.LanguagesOfWord(word.AsSpan()));
            Assert.Equal(bits, sut.LanguagesOfWord(word.AsSpan(), WordHash.Of(word)));
        }

        Assert.Equal(0UL, sut.LanguagesOfWord("zzqxw".AsSpan()));
        Assert.Equal(0UL, sut.LanguagesOfWord(ReadOnlySpan<char>.Empty));
    }
}
