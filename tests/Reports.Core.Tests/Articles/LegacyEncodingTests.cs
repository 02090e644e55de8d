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
    public void Read_Windows1258Vietnamese_IsDecodedAndComposed()
    {
        const string text = "Lực lượng phòng không đã bắn hạ 48 trong số 56 máy bay không người lái. Ít nhất 7 người thiệt mạng và 19 người bị thương.";

        var result = sut.Read(Windows1258(text), "vi.txt");

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
    public void Read_AsciiWithTwoStrayBytes_IsUtf8WithReplacementsAndAWarning()
    {
        byte[] bytes = [.. "When the sirens stopped, "u8, 0xFF, 0xFE, .. " three drones had been shot down."u8];

        var result = sut.Read(bytes, "stray.txt");

        Assert.Equal("When the sirens stopped, \uFFFD\uFFFD three drones had been shot down.", result.Text);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("2 invalid UTF-8 byte sequences", warning, StringComparison.Ordinal);
        Assert.Contains("byte 25", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8WithOneBrokenCharacter_KeepsTheRestAsUtf8()
    {
        var good = Encoding.UTF8.GetBytes("Ít nhất 12 người thiệt mạng trong đợt tấn công ");
        byte[] bytes = [.. good, 0xE1, 0xBB, .. "đêm qua."u8.ToArray()];

        var result = sut.Read(bytes, "vi.txt");

        Assert.StartsWith("Ít nhất 12 người thiệt mạng", result.Text, StringComparison.Ordinal);
        Assert.Contains("\uFFFD", result.Text, StringComparison.Ordinal);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Read_MixedGarbageBytes_IsRefused()
    {
        var bytes = Enumerable.Range(0, 600).Select(i => (byte)(0xC0 + ((i * 37) % 64))).Select((b, i) => i % 7 == 6 ? (byte)' ' : b).ToArray();

        var e = Assert.Throws<ArticleRejectedException>(() => sut.Read(bytes, "bad.txt"));

        Assert.Equal(RejectionReason.Encoding, e.Reason);
    }

    /// <summary>Vietnamese the way windows-1258 stores it: base letters (â, ơ, đ...) precomposed, tone marks combining.</summary>
    private static byte[] Windows1258(string text)
    {
        var encoding = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var bytes = new List<byte>();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (TryEncode(encoding, c.ToString(), out var whole))
            {
                bytes.AddRange(whole);
                continue;
            }

            // Base letter with at most one mark composed (â, ơ...), the other marks (tones) combining after it.
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var encoded = Enumerable.Range(1, decomposed.Length - 1)
                .Select(m => (Head: (decomposed[0].ToString() + decomposed[m]).Normalize(NormalizationForm.FormC), Marks: decomposed[1..].Remove(m - 1, 1)))
                .Append((Head: decomposed[..1], Marks: decomposed[1..]))
                .Select(p => TryEncode(encoding, p.Head + p.Marks, out var b) ? b : null)
                .FirstOrDefault(b => b is not null);
            Assert.True(encoded is not null, $"cannot encode '{c}'");
            bytes.AddRange(encoded);
        }

        return [.. bytes];
    }

    private static bool TryEncode(Encoding encoding, string text, out byte[] bytes)
    {
        try
        {
            bytes = encoding.GetBytes(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            bytes = [];
            return false;
        }
    }
}
