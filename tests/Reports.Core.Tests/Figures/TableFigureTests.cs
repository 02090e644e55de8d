using System.Text;
using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Places;
using Reports.Core.Tests.Aggregation;
using Reports.Core.Tests.Articles;

namespace Reports.Core.Tests.Figures;

/// <summary>Figures stated in tables, from every format the readers take (docs/figures.md, "Tables").</summary>
public sealed class TableFigureTests
{
    private static (ArticleText Article, IReadOnlyList<Figure> Figures) Analyze(string language, byte[] content, string name)
    {
        var article = new ArticleReader().Read(content, name);
        return (article, new ArticleAnalyzer().Analyze(article, 3, language).Figures);
    }

    private static (ArticleText Article, IReadOnlyList<Figure> Figures) Analyze(string language, string content, string name) =>
        Analyze(language, Encoding.UTF8.GetBytes(content), name);

    private static List<string> Triples(IReadOnlyList<Figure> figures) =>
        [.. figures.Select(f => $"{FigureNames.Of(f.Kind)} {f.Value} {(f.Scope == FigureScope.Cumulative ? "cumulative" : "event")}").Order(StringComparer.Ordinal)];

    private static List<string> Expected(string expected) =>
        [.. expected.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    private const string EnglishMarkdown = """
        # Shelling across the east

        Regional governors reported the following losses after the overnight shelling.

        | Region | Killed | Injured |
        |---|---:|---:|
        | Donetsk | 12 | 40 |
        | Kharkiv | 3 | 17 |
        | Total | 15 | 57 |

        Rescue work continued in the morning.
        """;

    [Fact]
    public void Markdown_English_EveryNumberUnderAKindColumnIsAFigure()
    {
        var (_, figures) = Analyze("en", EnglishMarkdown, "a.md");

        Assert.Equal(Expected("killed 12 event; killed 3 event; killed 15 event; injured 40 event; injured 17 event; injured 57 event"), Triples(figures));
    }

    [Fact]
    public void Markdown_English_RowLabelsArePlacesAndTheTotalIsWhereAllPartsLie()
    {
        var (_, figures) = Analyze("en", EnglishMarkdown, "a.md");

        var donetsk = Assert.Single(figures, f => f is { Kind: FigureKind.Killed, Value: 12 });
        var kharkiv = Assert.Single(figures, f => f is { Kind: FigureKind.Killed, Value: 3 });
        var total = Assert.Single(figures, f => f is { Kind: FigureKind.Killed, Value: 15 });
        Assert.StartsWith("ua/donetsk", donetsk.Place, StringComparison.Ordinal);
        Assert.StartsWith("ua/kharkiv", kharkiv.Place, StringComparison.Ordinal);
        Assert.Equal("ua", total.Place);
        Assert.Equal("table", total.PlaceBasis);
    }

    [Fact]
    public void Markdown_English_QuotePointsAtTheCellsNumber()
    {
        var (article, figures) = Analyze("en", EnglishMarkdown, "a.md");

        var injured = Assert.Single(figures, f => f is { Kind: FigureKind.Injured, Value: 17 });
        Assert.Equal("17", article.Text.Substring(injured.Offset, injured.Length));
        Assert.Equal("Kharkiv | 3 | 17", injured.Evidence);
        Assert.Equal("17", injured.Evidence.Substring(injured.EvidenceOffset, injured.Length));
    }

    [Fact]
    public void Briefing_TotalAndItsParts_AreNotCountedTwice()
    {
        var (_, figures) = Analyze("en", EnglishMarkdown, "a.md");
        var stored = Analyses.Article("table", Analyses.Day1, "en", [.. figures]);

        var briefing = new BriefingBuilder(new FixedTimeProvider()).Build([stored], new BriefingFilter(new Period(Analyses.Day1, Analyses.Day1)));

        Assert.Equal(15, briefing.Totals.Single(t => t.Kind == FigureKind.Killed).Headline);
        Assert.Equal(57, briefing.Totals.Single(t => t.Kind == FigureKind.Injured).Headline);
    }

    [Fact]
    public void Briefing_PartsWithoutATotalRow_AreSeparateEventsAndAdd()
    {
        const string markdown = "Losses by city after the strikes.\n\n| City | Killed |\n|---|---|\n| Odesa | 4 |\n| Kharkiv | 2 |\n";
        var (_, figures) = Analyze("en", markdown, "a.md");
        var stored = Analyses.Article("table", Analyses.Day1, "en", [.. figures]);

        var briefing = new BriefingBuilder(new FixedTimeProvider()).Build([stored], new BriefingFilter(new Period(Analyses.Day1, Analyses.Day1)));

        Assert.Equal(6, briefing.Totals.Single(t => t.Kind == FigureKind.Killed).Headline);
    }

    [Fact]
    public void Html_DroneAndMissileColumns_ByDate_AreEachDaysEvents()
    {
        const string html = """
            <html><body><h1>Air defence figures for the week</h1>
            <p>The air force published its figures for the first days of the month.</p>
            <table>
            <tr><th>Date</th><th>Drones launched</th><th>Drones shot down</th><th>Missiles launched</th><th>Missiles shot down</th></tr>
            <tr><td>3 May</td><td>48</td><td>41</td><td>6</td><td>5</td></tr>
            <tr><td>4 May</td><td>63</td><td>57</td><td>2</td><td>2</td></tr>
            </table></body></html>
            """;

        var (article, figures) = Analyze("en", html, "a.html");

        Assert.Equal(
            Expected("drones_launched 48 event; drones_downed 41 event; missiles_launched 6 event; missiles_downed 5 event; drones_launched 63 event; drones_downed 57 event; missiles_launched 2 event; missiles_downed 2 event"),
            Triples(figures));
        var downed = Assert.Single(figures, f => f is { Kind: FigureKind.DronesDowned, Value: 57 });
        Assert.Equal("57", article.Text.Substring(downed.Offset, downed.Length));
        Assert.StartsWith("4 May", downed.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_TwoRowHeader_WeaponOverItsVerbs()
    {
        const string html = "<p>Night attack on the south.</p><table><tr><th rowspan=\"2\">Region</th><th colspan=\"2\">Drones</th><th colspan=\"2\">Missiles</th></tr>" +
            "<tr><th>Launched</th><th>Shot down</th><th>Launched</th><th>Shot down</th></tr>" +
            "<tr><td>Odesa</td><td>22</td><td>19</td><td>3</td><td>1</td></tr><tr><td>Mykolaiv</td><td>8</td><td>8</td><td>0</td><td>0</td></tr></table>";

        var (_, figures) = Analyze("en", html, "a.html");

        Assert.Equal(Expected("drones_launched 22 event; drones_downed 19 event; missiles_launched 3 event; missiles_downed 1 event; drones_launched 8 event; drones_downed 8 event"), Triples(figures));
    }

    [Theory]
    [InlineData("Toll of the strikes.\n| Region | Killed | Injured |\n|---|---|---|\n| Odesa | 4 | 9 |\n| Kherson | 2 | 5 |\n")]
    [InlineData("Toll of the strikes.\n\tKilled\tInjured\nOdesa\t4\t9\nKherson\t2\t5\n")]
    public void Text_PipeTableOrEmptyCornerCell_KeepsItsColumns(string text)
    {
        var (_, figures) = Analyze("en", text, "a.txt");

        Assert.Equal(Expected("killed 4 event; killed 2 event; injured 9 event; injured 5 event"), Triples(figures));
    }

    [Fact]
    public void Markdown_Transposed_KindsInTheFirstColumnAndPlacesAbove()
    {
        const string markdown = "Toll of the night.\n\n| | Odesa | Kherson | Total |\n|---|---|---|---|\n| Killed | 4 | 2 | 6 |\n| Injured | 9 | 5 | 14 |\n";

        var (_, figures) = Analyze("en", markdown, "a.md");

        Assert.Equal(Expected("killed 4 event; killed 2 event; killed 6 event; injured 9 event; injured 5 event; injured 14 event"), Triples(figures));
        Assert.Equal("ua", Assert.Single(figures, f => f is { Kind: FigureKind.Killed, Value: 6 }).Place);
    }

    [Theory]
    [InlineData("Victims recorded by the mission.\n\n| Year | 2023 | 2024 |\n|---|---|---|\n| Killed | 1,900 | 2,100 |\n", "killed 1900 cumulative; killed 2100 cumulative")]
    [InlineData("After the strike:\n\nKilled\t3\nInjured\t11\n", "killed 3 event; injured 11 event")]
    public void Transposed_YearsAreRunningTotals_KeyValueRowsAreEvents(string text, string expected)
    {
        var (_, figures) = Analyze("en", text, "a.txt");

        Assert.Equal(Expected(expected), Triples(figures));
    }

    [Fact]
    public void Html_TotalOverDatedRows_IsARunningTotal()
    {
        const string html = "<p>Drone attacks this week.</p><table><tr><th>Day</th><th>Drones shot down</th></tr>" +
            "<tr><td>12.05</td><td>30</td></tr><tr><td>13.05</td><td>25</td></tr><tr><td>Total</td><td>55</td></tr></table>";

        var (_, figures) = Analyze("en", html, "a.html");

        Assert.Equal(Expected("drones_downed 30 event; drones_downed 25 event; drones_downed 55 cumulative"), Triples(figures));
    }

    [Fact]
    public void Docx_Ukrainian_TableWithTotalRow()
    {
        static string Cell(string text) => "<w:tc>" + DocxReadingTests.Paragraph(text) + "</w:tc>";
        static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells.Select(Cell)) + "</w:tr>";
        var body = DocxReadingTests.Paragraph("Наслідки обстрілів за добу") +
            DocxReadingTests.Paragraph("Обласні адміністрації повідомили про втрати серед цивільних.") +
            "<w:tbl>" + Row("Область", "Загинули", "Поранені") + Row("Херсонська", "5", "21") + Row("Запорізька", "2", "9") + Row("Всього", "7", "30") + "</w:tbl>";

        var (_, figures) = Analyze("uk", DocxReadingTests.Docx(body), "a.docx");

        Assert.Equal(Expected("killed 5 event; killed 2 event; killed 7 event; injured 21 event; injured 9 event; injured 30 event"), Triples(figures));
        var total = Assert.Single(figures, f => f is { Kind: FigureKind.Killed, Value: 7 });
        Assert.All(figures.Where(f => f.Kind == FigureKind.Killed && f.Value != 7), part => Assert.True(Gazetteer.Contains(total.Place!, part.Place!)));
    }

    [Theory]
    [InlineData("uk", "Повітряна атака на Україну.\n\n| Засоби | Запущено ракет | Збито ракет |\n|---|---|---|\n| Х-101 | 14 | 11 |\n| Іскандер-М | 4 | 1 |\n", "missiles_launched 14 event; missiles_launched 4 event; missiles_downed 11 event; missiles_downed 1 event")]
    [InlineData("ru", "Атака беспилотников ночью.\n\n| Регион | Сбито беспилотников |\n|---|---|\n| Брянская область | 31 |\n| Курская область | 9 |\n| Итого | 40 |\n", "drones_downed 31 event; drones_downed 9 event; drones_downed 40 event")]
    [InlineData("ar", "حصيلة الغارات الليلة الماضية.\n\n| المدينة | قتلى | جرحى |\n|---|---|---|\n| غزة | 17 | 45 |\n| رفح | 6 | 20 |\n| المجموع | 23 | 65 |\n", "killed 17 event; killed 6 event; killed 23 event; injured 45 event; injured 20 event; injured 65 event")]
    public void Markdown_WeaponAndRightToLeftHeaders_GiveTheirKinds(string language, string markdown, string expected)
    {
        var (_, figures) = Analyze(language, markdown, "a.md");

        Assert.Equal(Expected(expected), Triples(figures));
    }

    [Fact]
    public void Markdown_Russian_CaptionSinceTheMonthStarted_IsCumulative()
    {
        const string markdown = "Потери мирного населения с начала месяца:\n\n| Город | Погибли | Ранены |\n|---|---|---|\n| Белгород | 4 | 19 |\n| Курск | 1 | 6 |\n| Итого | 5 | 25 |\n";

        var (_, figures) = Analyze("ru", markdown, "a.md");

        Assert.Equal(Expected("killed 4 cumulative; killed 1 cumulative; killed 5 cumulative; injured 19 cumulative; injured 6 cumulative; injured 25 cumulative"), Triples(figures));
    }

    [Fact]
    public void TabText_Persian_RightToLeftTable()
    {
        const string text = "تلفات حمله هوایی دیشب\nاستان\tکشته\tزخمی\nخوزستان\t۳\t۱۴\nتهران\t۲\t۸\nمجموع\t۵\t۲۲\n";

        var (_, figures) = Analyze("fa", text, "a.txt");

        Assert.Equal(Expected("killed 3 event; killed 2 event; killed 5 event; injured 14 event; injured 8 event; injured 22 event"), Triples(figures));
    }

    [Fact]
    public void Markdown_French_MonthRows_AreMonthlyRunningTotals()
    {
        const string markdown = "Bilan mensuel publié par la mission.\n\n| Mois | Tués | Blessés |\n|---|---|---|\n| Janvier | 120 | 410 |\n| Février | 95 | 380 |\n";

        var (_, figures) = Analyze("fr", markdown, "a.md");

        Assert.Equal(Expected("killed 120 cumulative; killed 95 cumulative; injured 410 cumulative; injured 380 cumulative"), Triples(figures));
    }

    [Fact]
    public void TabText_Indonesian_HeaderTewasTerluka()
    {
        const string text = "Korban serangan rudal semalam.\nKota\tTewas\tTerluka\nKyiv\t4\t12\nOdesa\t1\t3\n";

        var (_, figures) = Analyze("id", text, "a.txt");

        Assert.Equal(Expected("killed 4 event; killed 1 event; injured 12 event; injured 3 event"), Triples(figures));
    }

    [Theory]
    [InlineData("Prices at the market.\n\n| Item | Price | Stock |\n|---|---|---|\n| Bread | 12 | 40 |\n| Milk | 3 | 17 |\n")]
    [InlineData("Losses of equipment.\n\n| Equipment | Tanks destroyed | Artillery destroyed |\n|---|---|---|\n| Week 1 | 12 | 40 |\n| Week 2 | 3 | 17 |\n")]
    [InlineData("The victims' ages.\n\n| Name | Age | Date |\n|---|---|---|\n| Ivan | 34 | 12 May |\n| Olena | 29 | 13 May |\n")]
    [InlineData("Figures by region.\n\n| Region | 2024 | 2025 |\n|---|---|---|\n| Donetsk | 12 | 40 |\n| Kharkiv | 3 | 17 |\n")]
    [InlineData("Soldiers named by the ministry.\n\n| Name | Age |\n|---|---|\n| Killed soldier Petro | 34 |\n| Killed soldier Andrii | 27 |\n")]
    [InlineData("Share of the dead by region.\n\n| Region | Killed (%) |\n|---|---|\n| Donetsk | 12 |\n| Kharkiv | 3 |\n")]
    public void Markdown_TablesOfNoKind_GiveNoFigures(string markdown)
    {
        var (_, figures) = Analyze("en", markdown, "a.md");

        Assert.Empty(figures);
    }

    [Fact]
    public void Markdown_CellsThatAreNoPlainCount_GiveNoFigure()
    {
        const string markdown = "Losses.\n\n| Region | Killed |\n|---|---|\n| Donetsk | 12 homes |\n| Kharkiv | 2.5 |\n| Sumy | — |\n| Poltava | 7 |\n";

        var (_, figures) = Analyze("en", markdown, "a.md");

        Assert.Equal(Expected("killed 7 event"), Triples(figures));
    }

    [Fact]
    public void Text_ArticleWithoutATable_ReadsAsBefore()
    {
        const string text = "Drones hit the port\nRussian drones struck the port overnight, killing three people and injuring 12.";
        var profile = Reports.Core.Languages.LanguageCatalog.Default.Get("en");
        var sentences = new SentenceSegmenter().Split(text, profile);

        var withText = new FigureExtractor().Extract(text, sentences, profile, null, 0);
        var without = new FigureExtractor().Extract(sentences, profile, null, 0);

        Assert.Equal(without, withText);
    }

    [Fact]
    public void Markdown_ATableLongerThanAnyNewsTable_IsReadForItsFirstRowsOnly()
    {
        var rows = new StringBuilder("Casualties by region\n\n| Region | Killed |\n|---|---|\n");
        for (var i = 1; i <= TableReader.MaxRows + 500; i++)
        {
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"| Region {i} | {i} |\n");
        }

        var (_, figures) = Analyze("en", rows.ToString(), "long.md");

        var killed = figures.Where(f => f.Kind == FigureKind.Killed).ToList();
        Assert.InRange(killed.Count, TableReader.MaxRows - 2, TableReader.MaxRows);
        Assert.DoesNotContain(killed, f => f.Value > TableReader.MaxRows);
    }
}
