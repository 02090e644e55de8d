using Reports.Core.Places;

namespace Reports.Core.Tests.Places;

/// <summary>
/// A Latin-script place name is written with a capital: a word in small letters that folds like one ("đã mất", has lost,
/// folds like "Đa-mát", Damascus) is no place. Cyrillic words and unicameral scripts keep matching.
/// </summary>
public sealed class CapitalizedNamesTests
{
    private readonly Gazetteer sut = Gazetteer.Default;

    [Theory]
    [InlineData("Quân đội đã mất liên lạc với 12 UAV.", "vi")]
    [InlineData("Nga đã mất 3 UAV trong đêm qua.", "vi")]
    public void ASmallLetterWord_IsNoLatinName(string text, string language) =>
        Assert.DoesNotContain(sut.Find(text, language), m => m.PlaceId == "sy/damascus");

    [Theory]
    [InlineData("Không kích ở Đa-mát khiến 3 người chết.", "vi", "sy/damascus")]
    [InlineData("Rockets hit DAMASCUS overnight.", "en", "sy/damascus")]
    [InlineData("вибухи пролунали у харкові вночі.", "uk", "ua/kharkiv-oblast/kharkiv")]
    [InlineData("پهپادها به تهران رسیدند.", "fa", "ir/tehran")]
    public void ACapitalisedOrUnicameralName_StillMatches(string text, string language, string place) =>
        Assert.Contains(sut.Find(text, language), m => m.PlaceId == place);
}
