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
            foreach (var marker in catalog.All[p].Markers.Where(m => m.Length == 1))
            {
                // The detector counts a marker letter inside a word (beyond ASCII) and ZWNJ; punctuation is not read.
                var folded = WordFold.Fold(marker[0]);
                if (marker[0] != '\u200C' && (marker[0] < '\u0080' || !WordFold.IsWordChar(marker[0])))
                {
                    continue;
                }

                checkedMarkers++;
                Assert.Contains(p, sut.MarkersOf(sut.Classify(marker[0])));
                Assert.Contains(p, sut.MarkersOf(sut.Classify(folded)));
            }
        }

        Assert.True(checkedMarkers > 0, "no marker letters in the catalog");
        Assert.Empty(sut.MarkersOf(sut.Classify('a')));
        Assert.Empty(sut.MarkersOf(sut.Classify(' ')));
    }
}
