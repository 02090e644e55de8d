using System.Text;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Articles;

public sealed class MarkdownReadingTests
{
    private readonly ArticleReader sut = new();

    private ArticleText Read(string markdown) => sut.Read(Encoding.UTF8.GetBytes(markdown), "article.md");

    [Fact]
    public void Read_FirstLevelOneHeading_IsTitle()
    {
        var result = Read("## Kicker\n\n# Strikes hit the port\n\nBody.");

        Assert.Equal("Strikes hit the port", result.Title);
        Assert.StartsWith("Kicker\n\nStrikes hit the port\n\nBody.", result.Text);
    }

    [Fact]
    public void Read_SetextHeading_IsTitle()
    {
        var result = Read("Night of drones\n===============\n\nBody text.");

        Assert.Equal("Night of drones", result.Title);
        Assert.Equal("Night of drones\n\nBody text.", result.Text);
    }

    [Fact]
    public void Read_NoHeading_TitleIsNull()
    {
        Assert.Null(Read("Just a paragraph.").Title);
    }

    [Fact]
    public void Read_InlineSyntax_IsStripped()
    {
        var result = Read("At **least 12** people were *killed* and __30__ _injured_, said the [ministry](https://example.org) ~~today~~ `now`.");

        Assert.Equal("At least 12 people were killed and 30 injured, said the ministry today now.", result.Text);
    }

    [Fact]
    public void Read_ImagesAndCodeFences_AreDropped()
    {
        var result = Read("Before.\n\n![a burning car](car.jpg)\n\n```json\n{\"killed\": 99}\n```\n\n~~~\nmore code\n~~~\nAfter.");

        Assert.Equal("Before.\n\nAfter.", result.Text);
    }

    [Fact]
    public void Read_ListsQuotesAndRules_LoseTheirMarkers()
    {
        var result = Read("- first item\n* second item\n1. third item\n> quoted line\n\n---\n\nEnd.");

        Assert.Equal("first item\nsecond item\nthird item\nquoted line\n\nEnd.", result.Text);
    }

    [Fact]
    public void Read_SnakeCaseAndEscapes_StayReadable()
    {
        var result = Read("The file report_2024_final lists 3\\*4 cells.");

        Assert.Equal("The file report_2024_final lists 3*4 cells.", result.Text);
    }

    [Fact]
    public void Read_ReferenceLinks_KeepTextAndDropDefinitions()
    {
        var result = Read("See the [report][1].\n\n[1]: https://example.org/report");

        Assert.Equal("See the report.", result.Text);
    }

    [Fact]
    public void Read_FrontMatter_IsDroppedAndGivesTheTitle()
    {
        var result = Read("---\ntitle: \"Strikes on the port\"\ndate: 2025-05-21\n---\nBody text.");

        Assert.Equal("Strikes on the port", result.Title);
        Assert.Equal("Body text.", result.Text);
    }

    [Fact]
    public void Read_LeadingRuleWithoutClosingFence_IsNotFrontMatter()
    {
        var result = Read("---\ntitle: not metadata\nBody text.");

        Assert.Null(result.Title);
        Assert.Equal("title: not metadata\nBody text.", result.Text);
    }
}
