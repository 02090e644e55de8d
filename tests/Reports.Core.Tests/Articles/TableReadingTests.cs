using System.Text;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Articles;

/// <summary>Every reader keeps a table's rows: one row a line, its cells joined by " | " (docs/figures.md, "Tables").</summary>
public sealed class TableReadingTests
{
    private readonly ArticleReader sut = new();

    private string Read(string content, string name) => sut.Read(Encoding.UTF8.GetBytes(content), name).Text;

    [Fact]
    public void Markdown_PipeTable_KeepsCellsOnePerRowLine()
    {
        const string markdown = "Losses after the shelling:\n\n| Town | Killed | Injured |\n|:---|---:|---:|\n| Bilohirka | **4** | 9 |\n| Zarichne | 2 | [11](http://x) |\n\nMore text.";

        var text = Read(markdown, "a.md");

        Assert.Equal("Losses after the shelling:\n\nTown | Killed | Injured\nBilohirka | 4 | 9\nZarichne | 2 | 11\n\nMore text.", text);
    }

    [Fact]
    public void Markdown_TableWithoutOuterPipes_AndEscapedPipe_KeepsCells()
    {
        var text = Read("Day | Drones launched\n--- | ---\n3 March \\| night | 48\n", "a.md");

        Assert.Equal("Day | Drones launched\n3 March ¦ night | 48", text);
    }

    [Fact]
    public void Markdown_PipesOutsideATable_ReadAsBefore()
    {
        // No separator line under it: not a table, the old reading (pipes become spaces) stays.
        var text = Read("| just | a | line |\nProse.", "a.md");

        Assert.Equal("just a line\nProse.", text);
    }

    [Fact]
    public void Html_DataTable_RowsBecomeLinesWithCells()
    {
        const string html = "<p>Before.</p><table><caption>Air defence, 4 May</caption><thead><tr><th>Region</th><th>Drones<br>shot down</th></tr></thead>" +
            "<tbody><tr><td><a href='#'>Pol</a>tava</td><td><b>14</b></td></tr><tr><td>Sumy</td><td>6</td></tr></tbody></table><p>After.</p>";

        var text = Read(html, "a.html");

        Assert.Equal("Before.\n\nAir defence, 4 May\nRegion | Drones shot down\nPoltava | 14\nSumy | 6\n\nAfter.", text);
    }

    [Fact]
    public void Html_SpanningCells_StandInEveryColumnAndRowTheySpan()
    {
        const string html = "<table><tr><th rowspan=\"2\">Region</th><th colspan=\"2\">Drones</th></tr><tr><th>Launched</th><th>Shot down</th></tr>" +
            "<tr><td rowspan=\"2\">Odesa</td><td>20</td><td>18</td></tr><tr><td>7</td><td>7</td></tr></table>";

        var text = Read(html, "a.html");

        Assert.Equal("Region | Drones | Drones\nRegion | Launched | Shot down\nOdesa | 20 | 18\nOdesa | 7 | 7", text);
    }

    [Fact]
    public void Html_LayoutTable_WithATableInside_ReadsAsBefore()
    {
        const string html = "<table><tr><td><table><tr><td>x</td><td>y</td></tr></table></td><td>side</td></tr><tr><td>a</td><td>b</td></tr></table>";

        var text = Read(html, "a.html");

        Assert.DoesNotContain("|", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_Table_RowsBecomeLinesWithCells()
    {
        static string Cell(params string[] paragraphs) => "<w:tc>" + string.Concat(paragraphs.Select(p => DocxReadingTests.Paragraph(p))) + "</w:tc>";
        var body = DocxReadingTests.Paragraph("Figures of the night.") +
            "<w:tbl><w:tr>" + Cell("Date") + Cell("Missiles", "launched") + Cell("Missiles shot down") + "</w:tr>" +
            "<w:tr>" + Cell("12 May") + Cell("9") + Cell("7") + "</w:tr></w:tbl>" +
            DocxReadingTests.Paragraph("After the table.");

        var text = sut.Read(DocxReadingTests.Docx(body), "a.docx").Text;

        Assert.Equal("Figures of the night.\nDate | Missiles launched | Missiles shot down\n12 May | 9 | 7\nAfter the table.", text);
    }

    [Fact]
    public void Docx_MergedCell_StandsOverEveryColumnItSpans()
    {
        const string merged = "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Missiles</w:t></w:r></w:p></w:tc>";
        static string Cell(string text) => "<w:tc>" + DocxReadingTests.Paragraph(text) + "</w:tc>";
        var body = "<w:tbl><w:tr>" + Cell("Night") + merged + "</w:tr><w:tr>" + Cell(string.Empty) + Cell("launched") + Cell("shot down") + "</w:tr></w:tbl>";

        var text = sut.Read(DocxReadingTests.Docx(body), "a.docx").Text;

        Assert.Equal("Night | Missiles | Missiles\n| launched | shot down", text);
    }

    [Fact]
    public void Docx_OneCellTable_KeepsItsParagraphsAsLines()
    {
        var body = "<w:tbl><w:tr><w:tc>" + DocxReadingTests.Paragraph("Boxed line one.") + DocxReadingTests.Paragraph("Boxed line two.") + "</w:tc></w:tr></w:tbl>";

        var text = sut.Read(DocxReadingTests.Docx(body), "a.docx").Text;

        Assert.Equal("Boxed line one.\nBoxed line two.", text);
    }

    [Fact]
    public void PlainText_TabColumns_BecomeCells()
    {
        var text = Read("Toll by district\nDistrict\tKilled\tInjured\nNorth\t3\t\nSouth\t1\t5\nA closing line\twith a tab.", "a.txt");

        Assert.Equal("Toll by district\nDistrict | Killed | Injured\nNorth | 3 |\nSouth | 1 | 5\nA closing line with a tab.", text);
    }

    [Fact]
    public void PlainText_LoneTabLines_StayAsBefore()
    {
        var text = Read("Photo:\tOleh Marchenko\nTwo people were killed.\nSource:\tthe regional administration", "a.txt");

        Assert.Equal("Photo: Oleh Marchenko\nTwo people were killed.\nSource: the regional administration", text);
    }
}
