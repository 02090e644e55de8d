using Reports.Core.Places;

namespace Reports.Core.Tests.Places;

/// <summary>
/// Common words are no place: the gazetteer folds accents off Latin letters, so a transliteration made of common syllables
/// ("Đa-mát") matched "đã mất" (has lost) and filed Vietnamese figures under Damascus. Such spellings stay out of the data;
/// the name outlets use ("Damascus") matches.
/// </summary>
public sealed class CommonWordsNoPlaceTests
{
    private readonly Gazetteer sut = Gazetteer.Default;

    [Theory]
    [InlineData("Quân đội đã mất liên lạc với 12 UAV.", "vi")]
    [InlineData("Nga đã mất 3 UAV trong đêm qua.", "vi")]
    public void ACommonWord_IsNoPlace(string text, string language) =>
        Assert.DoesNotContain(sut.Find(text, language), m => m.PlaceId == "sy/damascus");

    [Theory]
    [InlineData("Không kích ở Damascus khiến 3 người chết.", "vi", "sy/damascus")]
    [InlineData("Rockets hit DAMASCUS overnight.", "en", "sy/damascus")]
    public void TheNameOutletsUse_StillMatches(string text, string language, string place) =>
        Assert.Contains(sut.Find(text, language), m => m.PlaceId == place);
}
