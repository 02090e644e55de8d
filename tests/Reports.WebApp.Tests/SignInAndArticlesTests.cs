using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reports.WebApp.Tests;

/// <summary>Sign-in (the right key kept for the tab, a wrong key refused as wrong) and the articles list.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInAndArticlesTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task SignIn_WithTheWriteKey_ShowsTheArticlesAndSendsTheKeyOnEveryCall()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.NewPageAsync();
        var calls = new List<(string Url, string? Key)>();
        page.Request += (_, r) =>
        {
            if (r.Url.Contains("/api/", StringComparison.Ordinal) && !r.Url.Contains("/api/app/", StringComparison.Ordinal))
            {
                calls.Add((r.Url, r.Headers.TryGetValue("x-functions-key", out var k) ? k : null));
            }
        };

        await page.GotoAsync(app.AppUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("Staff key").FillAsync(TestApp.Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Articles", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("main").GetByText("No article matches.")).ToBeVisibleAsync();
        Assert.Equal(TestApp.Key, await page.EvaluateAsync<string>("() => sessionStorage.getItem('reports.key')"));
        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.Equal(TestApp.Key, c.Key));
        Assert.DoesNotContain(calls, c => c.Url.Contains("code=", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task SignIn_WithAWrongKey_SaysTheKeyIsWrong_AndKeepsNothing()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(app.AppUrl + "#/articles");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("Staff key").FillAsync("not-the-key-0123456789");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("This key is wrong. Check it and try again.");
        await Expect(page.GetByLabel("Staff key")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('reports.key')"));
        await Expect(page.Locator("#nav")).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task Articles_ListedByDay_WithFiltersInTheUrl()
    {
        await using var app = await TestApp.StartAsync();
        var killed = await app.UploadAsync("kharkiv-note.txt", Encoding.UTF8.GetBytes("Strike on a market in Zolotopil\n\nAt least 9 people were killed when a missile hit a market in Zolotopil on Monday, officials said.\n"));
        var drones = await app.UploadAsync("drones-note.txt", Encoding.UTF8.GetBytes("Air defence busy overnight\n\nThe air force said it shot down 31 of 40 drones launched overnight against the region.\n"));
        await app.WaitAnalysedAsync(killed, BrowserFixture.Patience);
        await app.WaitAnalysedAsync(drones, BrowserFixture.Patience);
        var page = await SignedInAsync(app);

        await page.GotoAsync(app.AppUrl + "#/articles");
        var rows = page.Locator("li.article-row");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.Locator("section.day h2").First).ToBeVisibleAsync();
        await Expect(rows.Filter(new() { HasText = "Strike on a market in Zolotopil" }).Locator(".chip")).ToContainTextAsync(["at least 9 killed"]);
        await Expect(rows.Filter(new() { HasText = "Strike on a market" }).Locator(".meta")).ToContainTextAsync("English");
        await Expect(rows.Filter(new() { HasText = "Strike on a market" }).Locator(".meta")).ToContainTextAsync("kharkiv-note.txt");

        await page.GetByLabel("Figure", new() { Exact = true }).SelectOptionAsync("drones_downed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("kind=drones_downed"));
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("Air defence busy overnight");

        await page.GetByLabel("Figure", new() { Exact = true }).SelectOptionAsync("");
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync("market");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("Zolotopil");
    }

    [BrowserFact]
    public async Task Article_WhoseTextHoldsMarkup_IsShownAsText()
    {
        await using var app = await TestApp.StartAsync();
        const string Title = "Attack on <script>window.pwned = 1</script> Dovhe <img src=x onerror=\"window.pwned = 2\">";
        var id = await app.UploadAsync("markup.txt", Encoding.UTF8.GetBytes(
            Title + "\n\nAt least 4 people were killed <b>in</b> the attack on Dovhe <script>window.pwned = 3</script> on Tuesday.\n"));
        await app.WaitAnalysedAsync(id, BrowserFixture.Patience);
        var page = await SignedInAsync(app);

        await page.GotoAsync(app.AppUrl + "#/articles");
        await Expect(page.Locator("li.article-row .title")).ToContainTextAsync("<script>window.pwned = 1</script>");
        await page.Locator("li.article-row .title").ClickAsync();
        await Expect(page.Locator("main h1")).ToContainTextAsync("<img src=x onerror=");
        await Expect(page.Locator("blockquote.evidence").First).ToContainTextAsync("<script>window.pwned = 3</script>");

        Assert.Equal(0, await page.Locator("main script, main img, main b").CountAsync());
        Assert.Null(await page.EvaluateAsync<object?>("() => window.pwned ?? null"));
    }

    internal static async Task<IPage> SignedInAsync(TestApp app, BrowserFixture browser, int width = 1280, int height = 900)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync(app.AppUrl + "#/signin");
        await page.GetByLabel("Staff key").FillAsync(TestApp.Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#nav")).ToBeVisibleAsync();
        return page;
    }

    private Task<IPage> SignedInAsync(TestApp app) => SignedInAsync(app, browser);
}
