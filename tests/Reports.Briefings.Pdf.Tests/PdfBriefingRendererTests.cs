using System.Text;
using PdfSharp.Pdf.IO;
using Reports.Briefings.Pdf.Fonts;
using Reports.Core.Aggregation;
using Reports.Core.Figures;

namespace Reports.Briefings.Pdf.Tests;

public sealed class PdfBriefingRendererTests(RenderedBriefing rendered) : IClassFixture<RenderedBriefing>
{
    private readonly PdfBriefingRenderer _sut = new();

    [Fact]
    public void Format_IsPdf()
    {
        Assert.Equal("pdf", _sut.Format);
        Assert.Equal("application/pdf", _sut.ContentType);
    }

    [Fact]
    public void RenderAsync_SampleBriefing_WritesPdf()
    {
        var bytes = File.ReadAllBytes(rendered.Path);

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
    }

    [PopplerFact]
    public void RenderAsync_LatinVietnameseCyrillic_ReadBackVerbatim()
    {
        var text = Text();

        Assert.Contains("Thành phố cảng hứng chịu đợt tấn công", text, StringComparison.Ordinal);
        Assert.Contains("thiệt mạng", text, StringComparison.Ordinal);
        Assert.Contains("Нічна атака на енергетичні об'єкти", text, StringComparison.Ordinal);
        Assert.Contains("Щонайменше 5 людей загинули", text, StringComparison.Ordinal);
        Assert.Contains("Беспилотники атаковали промышленный район", text, StringComparison.Ordinal);
        Assert.Contains("At least 12 people were killed", text, StringComparison.Ordinal);
    }

    [PopplerFact]
    public void RenderAsync_PersianAndArabic_ReadBackAfterNfkcWithWordsInOrder()
    {
        var text = Text();

        // Whole lines and runs in logical order: the words of each right-to-left run come back in reading order.
        Assert.Contains("حمله پهپادی به شهر بندری در شب گذشته", text, StringComparison.Ordinal);
        Assert.Contains("نفر در حمله پهپادی به شهر بندری کشته شدند", text, StringComparison.Ordinal);
        Assert.Contains("گفته میشود که", text, StringComparison.Ordinal); // ZWNJ only steers the joins
        Assert.Contains("الدفاع الجوي يسقط صواريخ فوق العاصمة", text, StringComparison.Ordinal);
        Assert.Contains("قال الجيش إن الدفاعات الجوية أسقطت", text, StringComparison.Ordinal);
        Assert.Contains("ليلا", text, StringComparison.Ordinal); // lam-alef ligature decomposes back
    }

    [PopplerFact]
    public void RenderAsync_SampleBriefing_NumbersEveryPageNofM()
    {
        var pageCount = PdfReader.Open(rendered.Path, PdfDocumentOpenMode.Import).PageCount;
        var pages = Poppler.Text(rendered.Path).Split('\f');

        Assert.InRange(pageCount, 6, 9);
        for (var page = 1; page <= pageCount; page++)
        {
            Assert.Contains($"page {page} of {pageCount}", pages[page - 1], StringComparison.Ordinal);
            Assert.Contains("generated 2026-03-08 06:30 UTC", pages[page - 1], StringComparison.Ordinal);
        }
    }

    [PopplerFact]
    public void RenderAsync_Cover_ShowsPeriodFiltersTimeAndHeadlines()
    {
        var cover = PdfText.Normalize(Poppler.Text(rendered.Path, page: 1));

        Assert.Contains("Briefing", cover, StringComparison.Ordinal);
        Assert.Contains("2026-03-01 – 2026-03-07 (7 days)", cover, StringComparison.Ordinal);
        Assert.Contains("Languages", cover, StringComparison.Ordinal);
        Assert.Matches(@"Places\s+all", cover);
        Assert.Contains("2026-03-08 06:30 UTC", cover, StringComparison.Ordinal);
        Assert.Contains("Headline numbers", cover, StringComparison.Ordinal);
        Assert.Contains("range 40–∞", cover, StringComparison.Ordinal);
        Assert.Contains("Missiles shot down", cover, StringComparison.Ordinal);
    }

    [PopplerFact]
    public void RenderAsync_KeyFigures_ShowsRangesAndQualifierLegend()
    {
        var page = PdfText.Normalize(Poppler.Text(rendered.Path, page: 2, layout: true));

        Assert.Contains("Range (lower–upper)", page, StringComparison.Ordinal);
        Assert.Matches(@"Killed\s+40\s+40–∞\s+3\s+4", page);
        Assert.Matches(@"Missiles launched\s+26\s+20–26\s+2\s+2", page);
        foreach (var qualifier in new[] { "exact", "at least", "more than", "about", "nearly", "up to" })
        {
            Assert.Contains(qualifier, page, StringComparison.Ordinal);
        }
    }

    [PopplerFact]
    public void RenderAsync_SourcesAppendix_TracesEveryEventToItsSentence()
    {
        var text = Text();
        var appendix = text[text.LastIndexOf("Sources", StringComparison.Ordinal)..];

        for (var e = 1; e <= rendered.Briefing.Events.Count; e++)
        {
            Assert.Contains($"E{e} · ", appendix, StringComparison.Ordinal);
        }

        foreach (var source in rendered.Briefing.Events.SelectMany(e => e.Sources))
        {
            var evidence = PdfText.Normalize(source.Figure.Evidence.Replace("\u200C", string.Empty, StringComparison.Ordinal));
            if (source.Language is "fa" or "ar")
            {
                // Right-to-left runs come back in reading order, split around numbers: check each word.
                Assert.All(evidence.Split(' ').Where(w => w.Any(char.IsLetter)), w => Assert.Contains(w.Trim('.', '،', '(', ')'), appendix, StringComparison.Ordinal));
            }
            else
            {
                Assert.Contains(evidence, appendix.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task RenderAsync_CharacterNoBundledFontHas_FailsWithMissingGlyph()
    {
        var briefing = SampleBriefing.Create();
        var article = briefing.Articles[0] with { Title = "Tokyo 東京" };
        briefing = briefing with { Articles = [article, .. briefing.Articles.Skip(1)] };

        var error = await Assert.ThrowsAsync<MissingGlyphException>(() => _sut.RenderAsync(briefing, Stream.Null, CancellationToken.None));

        Assert.Equal(0x6771, error.CodePoint);
        Assert.Contains("U+6771", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _sut.RenderAsync(SampleBriefing.Create(), Stream.Null, cancelled.Token));
    }

    [PopplerFact]
    public async Task RenderAsync_LongSummary_BreaksAcrossPagesKeepingEveryLine()
    {
        var sentences = Enumerable.Range(1, 250).Select(i => $"Câu số {i} kể lại diễn biến của đêm tấn công.").ToList();
        var article = SampleBriefing.Article("long-1", "vi", "Bài dài", new DateOnly(2026, 3, 1), sentences, []);
        var briefing = SampleBriefing.Create() with { Articles = [article] };
        var path = Path.Combine(rendered.Folder, "long.pdf");
        await using (var stream = File.Create(path))
        {
            await _sut.RenderAsync(briefing, stream, CancellationToken.None);
        }

        var text = PdfText.Normalize(Poppler.Text(path));

        Assert.True(PdfReader.Open(path, PdfDocumentOpenMode.Import).PageCount >= 7);
        Assert.Contains("Câu số 1 kể lại", text, StringComparison.Ordinal);
        Assert.Contains("Câu số 250 kể lại", text, StringComparison.Ordinal);
    }

    [PopplerFact]
    public async Task RenderAsync_ServiceSummaries_AreLabelled_BuiltInOnesAreNot()
    {
        var day = new DateOnly(2026, 3, 1);
        var abstractive = SampleBriefing.Article("abs-1", "en", "Written by the service", day, ["The service's own summary of the night."], []) with { SummaryBy = "azure-language/abstractive" };
        var extractive = SampleBriefing.Article("ext-1", "en", "Chosen by the service", day, ["A sentence the service chose."], []) with { SummaryBy = "azure-language/extractive" };
        var builtIn = SampleBriefing.Article("own-1", "en", "Our own summary", day, ["A sentence the built-in analyzer chose."], []);
        var briefing = SampleBriefing.Create() with { Articles = [abstractive, extractive, builtIn] };
        var path = Path.Combine(rendered.Folder, "labelled.pdf");
        await using (var stream = File.Create(path))
        {
            await _sut.RenderAsync(briefing, stream, CancellationToken.None);
        }

        var text = PdfText.Normalize(Poppler.Text(path));

        Assert.Contains("Summary written by Azure AI Language (abstractive): the service's words", text, StringComparison.Ordinal);
        Assert.Contains("Summary sentences chosen by Azure AI Language (extractive).", text, StringComparison.Ordinal);
        Assert.Equal(1, Count(text, "(abstractive)"));
        Assert.Equal(1, Count(text, "(extractive)"));
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;

    [Fact]
    public async Task RenderAsync_EmptyBriefing_StillRenders()
    {
        var briefing = new Core.Briefings.Briefing(
            new BriefingFilter(new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)), ["fa"], [FigureKind.Killed], "agency"),
            SampleBriefing.GeneratedAt, [], [], [], [], []);
        using var output = new MemoryStream();

        await _sut.RenderAsync(briefing, output, CancellationToken.None);

        Assert.True(output.Length > 1000);
    }

    [PopplerFact]
    public async Task RenderAsync_HugeHeadline_StaysOnOneLineInItsCard()
    {
        var briefing = SampleBriefing.Create();
        briefing = briefing with { Totals = [briefing.Totals[0] with { Headline = 123_456_789_012 }, .. briefing.Totals.Skip(1)] };
        var path = Path.Combine(rendered.Folder, "huge.pdf");
        await using (var stream = File.Create(path))
        {
            await _sut.RenderAsync(briefing, stream, CancellationToken.None);
        }

        Assert.Contains("123,456,789,012", Poppler.Text(path, page: 1), StringComparison.Ordinal);
    }

    private string Text() => PdfText.Normalize(Poppler.Text(rendered.Path));
}
