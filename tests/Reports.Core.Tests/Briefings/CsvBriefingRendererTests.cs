using System.Text;
using Reports.Core.Briefings;

namespace Reports.Core.Tests.Briefings;

public sealed class CsvBriefingRendererTests
{
    private readonly CsvBriefingRenderer sut = new();

    [Fact]
    public async Task Render_Briefing_StartsWithBomAndHeader()
    {
        var bytes = await SampleBriefing.RenderAsync(sut, SampleBriefing.Create());

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith(string.Join(',', CsvBriefingRenderer.Header) + "\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public async Task Render_Briefing_ParsesBackOneRowPerEventSource()
    {
        var briefing = SampleBriefing.Create();

        var rows = Parse(await SampleBriefing.RenderAsync(sut, briefing));

        Assert.Equal(CsvBriefingRenderer.Header, rows[0]);
        var data = rows.Skip(1).ToList();
        Assert.Equal(briefing.Events.Concat(briefing.Cumulative).Sum(e => e.Sources.Count), data.Count);
        Assert.All(data, r => Assert.Equal(CsvBriefingRenderer.Header.Count, r.Count));
        var awkward = Assert.Single(data, r => r[^1] == SampleBriefing.AwkwardEvidence);
        Assert.Equal(["2025-03-27", "killed", "15", "12", ""], awkward.Take(5));
        Assert.Equal("at least 12", awkward[9]);
        Assert.Contains(data, r => r[11] == SampleBriefing.PersianTitle && r[12] == "fa");
        Assert.Contains(data, r => r[5] == "cumulative" && r[2] == "9432");
    }

    [Fact]
    public async Task Render_TextStartingWithFormula_IsNeutralised()
    {
        var briefing = SampleBriefing.Create();
        var first = briefing.Articles[0] with { Title = "=HYPERLINK(\"http://x\")" };
        var events = briefing.Events.Select(e => e with { Sources = [.. e.Sources.Select(s => s with { Title = first.Title })] }).ToList();

        var rows = Parse(await SampleBriefing.RenderAsync(sut, briefing with { Events = events }));

        Assert.All(rows.Skip(1).Where(r => r[5] == "event"), r => Assert.Equal("'=HYPERLINK(\"http://x\")", r[11]));
    }

    /// <summary>A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    internal static List<List<string>> Parse(byte[] bytes)
    {
        var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else if (text[i] == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }
        }

        Assert.Empty(row);
        return rows;
    }
}
