using System.Text.Json;
using Reports.Cli.Batches;
using Reports.Cli.Output;
using Reports.Core.Analysis;
using Reports.Core.Figures;

namespace Reports.Cli.Tests.Output;

public sealed class JsonLinesWriterTests
{
    private static readonly ArticleAnalysis Analysis = new(
        "uk",
        "Нічна атака «шахедів»",
        ["Сили ППО збили 40 з 52 дронів."],
        [
            Figure.Create(FigureKind.DronesDowned, 40, Qualifier.Exact, FigureScope.Event, "Сили ППО збили 40 з 52 дронів.", 15, 2),
            Figure.Create(FigureKind.Killed, 12, Qualifier.AtLeast, FigureScope.Cumulative, "Загинули щонайменше 12 людей.", 60, 14, combined: true),
        ]);

    [Fact]
    public void Serialize_Analysis_WritesEveryFigureFieldWithItsType()
    {
        var line = JsonLinesWriter.Serialize(new ArticleResult("in/a.txt", Analysis, null));

        using var json = JsonDocument.Parse(line);
        var figures = json.RootElement.GetProperty("figures");
        Assert.Equal(2, figures.GetArrayLength());
        var first = figures[0];
        Assert.Equal(["kind", "value", "lower", "upper", "qualifier", "scope", "evidence", "offset", "length", "combined"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("drones_downed", first.GetProperty("kind").GetString());
        Assert.Equal(40, first.GetProperty("value").GetInt64());
        Assert.Equal(40, first.GetProperty("lower").GetInt64());
        Assert.Equal(40, first.GetProperty("upper").GetInt64());
        Assert.Equal("exact", first.GetProperty("qualifier").GetString());
        Assert.Equal("event", first.GetProperty("scope").GetString());
        Assert.Equal(15, first.GetProperty("offset").GetInt32());
        Assert.Equal(2, first.GetProperty("length").GetInt32());
        Assert.False(first.GetProperty("combined").GetBoolean());
        var second = figures[1];
        Assert.Equal("at_least", second.GetProperty("qualifier").GetString());
        Assert.Equal("cumulative", second.GetProperty("scope").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("upper").ValueKind);
        Assert.True(second.GetProperty("combined").GetBoolean());
    }

    [Fact]
    public void Serialize_Analysis_IsOneLineWithNonAsciiAsIs()
    {
        var line = JsonLinesWriter.Serialize(new ArticleResult("in/a.txt", Analysis, null));

        Assert.DoesNotContain('\n', line);
        Assert.Contains("Нічна атака «шахедів»", line);
        Assert.StartsWith("{\"source\":\"in/a.txt\",\"language\":\"uk\",\"title\":", line);
        Assert.EndsWith(",\"error\":null}", line);
    }

    [Fact]
    public void Serialize_Error_HasNullLanguageAndEmptyLists()
    {
        var line = JsonLinesWriter.Serialize(new ArticleResult("x.pdf", null, "'.pdf' files are not supported"));

        Assert.Equal("{\"source\":\"x.pdf\",\"language\":null,\"title\":null,\"summary\":[],\"figures\":[],\"error\":\"'.pdf' files are not supported\"}", line);
    }

    [Fact]
    public async Task WriteAsync_Result_EndsWithNewline()
    {
        using var output = new StringWriter { NewLine = "\n" };
        var sut = new JsonLinesWriter(output);

        await sut.WriteAsync(new ArticleResult("a.txt", null, "bad"), CancellationToken.None);

        Assert.EndsWith("}\n", output.ToString());
    }
}
