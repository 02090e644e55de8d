using System.Text;
using Reports.Core.Aggregation;
using Reports.Core.Figures;
using static Reports.Core.Tests.Aggregation.Analyses;

namespace Reports.Core.Tests.Aggregation;

public sealed class StoredAnalysisJsonTests
{
    private const string Blob = "analyses/2025/03/27/a.json";

    [Fact]
    public void Serialize_ThenDeserialize_RoundTrips()
    {
        var original = Article("a", Day1, "fa", Killed(9, Qualifier.AtLeast), KilledSoFar(9432), Fig(FigureKind.DronesDowned, 406) with { Combined = true }, Fig(FigureKind.DronesDowned, 12) with { Additional = true }, Fig(FigureKind.MissilesLaunched, 12, Qualifier.AtLeast) with { Vague = true })
            with { ContentHash = new string('f', 64), Analyzer = "reports-core/1.0", Title = "رهگیری ۳۵ فروند \"quoted\"" };

        var bytes = StoredAnalysisJson.Serialize(original);
        var back = StoredAnalysisJson.Deserialize(bytes, Blob);

        Assert.Equal(original.ArticleId, back.ArticleId);
        Assert.Equal(original.Title, back.Title);
        Assert.Equal(original.Summary, back.Summary);
        Assert.Equal(original.Figures, back.Figures);
        Assert.Equal(original.PublishedOn, back.PublishedOn);
        Assert.Equal(original.UploadedAt, back.UploadedAt);
        Assert.Equal(original.ContentHash, back.ContentHash);
        Assert.Equal(original.Analyzer, back.Analyzer);
        Assert.Contains("رهگیری", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Deserialize_IngestedAnalysis_KnowsWhoWroteTheSummary()
    {
        var metadata = new Reports.Core.Ingestion.ArticleMetadata("a.txt", "id1", new string('0', 64), new DateTimeOffset(2025, 3, 27, 8, 0, 0, TimeSpan.Zero), null);
        var analysis = new Reports.Core.Analysis.ArticleAnalysis("en", "T", ["Summary."], []);
        var byService = analysis with { Analyzers = new("azure-language", "azure-language/abstractive", "builtin", ["note"]) };

        var builtIn = StoredAnalysisJson.Deserialize(Reports.Core.Ingestion.StoredAnalysis.Serialize(metadata, analysis, null, null), Blob);
        var service = StoredAnalysisJson.Deserialize(Reports.Core.Ingestion.StoredAnalysis.Serialize(metadata, byService, null, null), Blob);
        var roundTrip = StoredAnalysisJson.Deserialize(StoredAnalysisJson.Serialize(service), Blob);

        Assert.Null(builtIn.SummaryBy);
        Assert.Equal("azure-language/abstractive", service.SummaryBy);
        Assert.Equal("azure-language/abstractive", roundTrip.SummaryBy);
    }

    [Fact]
    public void Serialize_StartsWithTheCliLineFields()
    {
        var json = Encoding.UTF8.GetString(StoredAnalysisJson.Serialize(Article("a", Day1, Killed(3))));

        Assert.StartsWith("{\"source\":\"a.txt\",\"language\":\"en\",\"title\":\"Title a\",\"summary\":[", json);
        Assert.Contains("\"figures\":[{\"kind\":\"killed\",\"value\":3,\"lower\":3,\"upper\":3,\"qualifier\":\"exact\",\"scope\":\"event\",\"evidence\":", json);
        Assert.Contains("\"error\":null,\"articleId\":\"a\",\"contentHash\":null,\"uploadedAt\":\"2025-03-27T12:00:00.0000000+00:00\",\"publishedOn\":\"2025-03-27\",\"analyzer\":null}", json);
    }

    [Fact]
    public void Deserialize_MinimalDocumentWithUnknownFields_FillsDefaults()
    {
        const string json = """{"articleId":"x1","uploadedAt":"2025-03-27T08:30:00Z","status":"analyzed","analyzerVersion":"v9","future":{"a":1},"figures":[{"kind":"killed","value":5,"qualifier":"about"},{"kind":"tanks_destroyed","value":3}]}""";

        var a = StoredAnalysisJson.Deserialize(Encoding.UTF8.GetBytes(json), Blob);

        Assert.Equal("x1", a.ArticleId);
        Assert.Equal("x1", a.Source);
        Assert.Equal("und", a.Language);
        Assert.Equal(string.Empty, a.Title);
        Assert.Empty(a.Summary);
        Assert.Null(a.PublishedOn);
        Assert.Equal(new DateOnly(2025, 3, 27), a.Day);
        Assert.Equal("v9", a.Analyzer);
        var f = Assert.Single(a.Figures);
        Assert.Equal((FigureKind.Killed, 5L, 5L, (long?)5L, FigureScope.Event), (f.Kind, f.Value, f.Lower, f.Upper, f.Scope));
    }

    [Fact]
    public void Deserialize_PublishedOn_SetsTheDay()
    {
        const string json = """{"articleId":"x1","uploadedAt":"2025-03-29T23:30:00-05:00","publishedOn":"2025-03-27"}""";

        var a = StoredAnalysisJson.Deserialize(Encoding.UTF8.GetBytes(json), Blob);

        Assert.Equal(new DateOnly(2025, 3, 27), a.Day);
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 4, 30, 0, TimeSpan.Zero), a.UploadedAt);
    }

    [Fact]
    public void Deserialize_FailedAnalysis_KeepsTheError()
    {
        const string json = """{"source":"x.pdf","language":null,"title":null,"summary":[],"figures":[],"error":"not supported","articleId":"x1","uploadedAt":"2025-03-27T08:30:00Z"}""";

        var a = StoredAnalysisJson.Deserialize(Encoding.UTF8.GetBytes(json), Blob);

        Assert.Equal("not supported", a.Error);
    }

    [Theory]
    [InlineData("""{"uploadedAt":"2025-03-27T08:30:00Z"}""", "required field 'articleId' is missing")]
    [InlineData("""{"articleId":"x"}""", "required field 'uploadedAt' is missing")]
    [InlineData("""{"articleId":"x","uploadedAt":"yesterday"}""", "'uploadedAt' is not an ISO 8601")]
    [InlineData("""{"articleId":"x","uploadedAt":"2025-03-27T08:30:00Z","publishedOn":"27/3/2025"}""", "'publishedOn' is not a yyyy-MM-dd date")]
    [InlineData("""{"articleId":"x","uploadedAt":"2025-03-27T08:30:00Z","figures":[{"kind":"killed"}]}""", "'figures[0].value' is missing")]
    [InlineData("""{"articleId":"x","uploadedAt":"2025-03-27T08:30:00Z","figures":[{"kind":"killed","value":"5"}]}""", "figures[0].value should be a whole number")]
    [InlineData("""{"articleId":"x","uploadedAt":"2025-03-27T08:30:00Z","figures":[{"kind":"killed","value":5,"scope":"weekly"}]}""", "scope 'weekly'")]
    [InlineData("""{"articleId":"x","uploadedAt":"2025-03-27T08:30:00Z","figures":[{"kind":"killed","value":5,"offset":-1}]}""", "figures[0].offset is out of range")]
    [InlineData("""{"articleId":5,"uploadedAt":"2025-03-27T08:30:00Z"}""", "'articleId' should be a string")]
    [InlineData("""[1,2]""", "expected a JSON object")]
    [InlineData("""{"articleId":""", "not valid JSON")]
    public void Deserialize_BadDocument_NamesTheBlobAndTheProblem(string json, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => StoredAnalysisJson.Deserialize(Encoding.UTF8.GetBytes(json), Blob));

        Assert.StartsWith(Blob + ": ", e.Message);
        Assert.Contains(expected, e.Message);
    }
}
