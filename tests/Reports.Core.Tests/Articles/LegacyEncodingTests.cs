using System.Text;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Articles;

public sealed class LegacyEncodingTests
{
    private const string Russian = "Силы ПВО за ночь сбили 45 из 50 беспилотников, сообщило министерство обороны. " +
        "По данным властей, погибли по меньшей мере три человека, ещё семеро получили ранения.";

    private const string Ukrainian = "Сили протиповітряної оборони збили 32 з 40 дронів. Загинули щонайменше двоє людей, ще п'ятеро поранені.";

    // windows-1256 has no Persian yeh (U+06CC) nor Persian digits: legacy Persian files use Arabic yeh and ASCII digits.
    private const string Persian = "پدافند هوايي شب گذشته دست کم 30 فروند پهپاد را رهگيري کرد و به گفته مقامات محلي چهار نفر کشته شدند.";

    private const string Arabic = "قالت وزارة الصحة إن ما لا يقل عن عشرة أشخاص قتلوا وأصيب عشرون آخرون في الغارات الجوية على المدينة.";

    private const string French = "Au moins douze personnes ont été tuées et une vingtaine blessées lors d'une frappe de missiles sur la ville, a déclaré le préfet à l'aube.";

    private readonly ArticleReader sut = new();

    static LegacyEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData(Russian, 1251)]
    [InlineData(Ukrainian, 1251)]
    [InlineData(Persian, 1256)]
    [InlineData(Arabic, 1256)]
    [InlineData(French, 1252)]
    public void Read_LegacyCodePage_IsDetectedAndDecoded(string text, int codePage)
    {
        var bytes = Encoding.GetEncoding(codePage).GetBytes(text);

        var result = sut.Read(bytes, "legacy.txt");

        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void Read_Windows1252TypographyOnly_IsDecoded()
    {
        const string text = "Officials said \u201cat least 12\u201d people were killed \u2014 the toll may rise.";
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);

        var result = sut.Read(bytes, "quotes.txt");

        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void Read_InvalidUtf8TooShortToTell_IsRefusedWithFix()
    {
        byte[] bytes = [.. "Total: "u8, 0xC0, 0xE0, .. " drones"u8];

        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(bytes, "bad.txt"));

        Assert.Equal(RejectionReason.Encoding, e.Reason);
        Assert.Contains("not valid UTF-8", e.Message);
        Assert.Contains("0xC0", e.Message);
        Assert.Contains("offset 7", e.Message);
        Assert.Contains("save the file as UTF-8", e.Message);
    }

    [Fact]
    public void Read_MixedGarbageBytes_IsRefused()
    {
        var bytes = Enumerable.Range(0, 600).Select(i => (byte)(0xC0 + ((i * 37) % 64))).Select((b, i) => i % 7 == 6 ? (byte)' ' : b).ToArray();

        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(bytes, "bad.txt"));

        Assert.Equal(RejectionReason.Encoding, e.Reason);
    }
}
