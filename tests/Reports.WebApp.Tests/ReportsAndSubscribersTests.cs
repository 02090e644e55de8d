using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reports.WebApp.Tests;

/// <summary>
/// The Persian article in its direction with its figure marked; a report previewed (sandboxed frame, no policy
/// violation), shared by its URL and downloaded as a PDF that pdftotext reads; subscribers added and removed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportsAndSubscribersTests(BrowserFixture browser)
{
    private static readonly string From = DateTime.UtcNow.AddDays(-365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static readonly string To = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [BrowserFact]
    public async Task Article_Persian_IsRightToLeft_WithItsFigureMarkedInTheSentence()
    {
        await using var app = await TestApp.StartAsync();
        var id = await app.UploadAsync("fa-hamle-pahpadi.txt", File.ReadAllBytes(RepoPaths.Combine("samples", "articles", "fa-hamle-pahpadi.txt")));
        await app.WaitAnalysedAsync(id, BrowserFixture.Patience);
        using var client = app.Client();
        using var analysis = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/articles/{id}", UriKind.Relative)));
        var values = analysis.RootElement.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("value").GetInt64()).ToHashSet();
        Assert.NotEmpty(values);
        var page = await SignInAndArticlesTests.SignedInAsync(app, browser);

        await page.GotoAsync(app.AppUrl + $"#/articles?from={From}&to={To}&language=fa");
        var title = page.Locator("li.article-row .title");
        await Expect(title).ToHaveAttributeAsync("dir", "rtl");
        await title.ClickAsync();

        var heading = page.Locator("main h1");
        await Expect(heading).ToHaveAttributeAsync("dir", "rtl");
        await Expect(heading).ToHaveAttributeAsync("lang", "fa");
        await Expect(page.Locator(".summary")).ToHaveAttributeAsync("dir", "rtl");
        var evidence = page.Locator("blockquote.evidence");
        await Expect(evidence).ToHaveCountAsync(values.Count > 0 ? analysis.RootElement.GetProperty("figures").GetArrayLength() : 0);
        await Expect(evidence.First).ToHaveAttributeAsync("dir", "rtl");
        Assert.Equal("rtl", await evidence.First.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        var marks = page.Locator("blockquote.evidence mark.num");
        await Expect(marks.First).ToBeVisibleAsync();
        foreach (var text in await marks.AllTextContentsAsync())
        {
            Assert.Matches("^[۰-۹]+$", text);
            Assert.Contains(long.Parse(string.Concat(text.Select(c => (char)('0' + (c - '۰')))), CultureInfo.InvariantCulture), values);
        }
    }

    [BrowserFact]
    public async Task Report_PreviewedSharedAndDownloadedAsPdf()
    {
        await using var app = await TestApp.StartAsync();
        foreach (var file in Directory.GetFiles(RepoPaths.Combine("samples", "articles")))
        {
            await app.WaitAnalysedAsync(await app.UploadAsync(Path.GetFileName(file), File.ReadAllBytes(file)), BrowserFixture.Patience);
        }

        var page = await SignInAndArticlesTests.SignedInAsync(app, browser);
        var violations = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(m.Text);
            }
        };
        await page.GotoAsync(app.AppUrl + "#/reports");
        await page.GetByLabel("From").FillAsync(From);
        await page.GetByLabel("To", new() { Exact = true }).FillAsync(To);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"#/reports\\?from={From}&to={To}"));
        var frame = page.FrameLocator("iframe.preview");
        await Expect(frame.Locator("h1")).ToContainTextAsync("Briefing");
        await Expect(frame.Locator("body")).ToContainTextAsync("en-port-strike.html");
        await Expect(page.Locator("iframe.preview")).ToHaveAttributeAsync("sandbox", "");
        // The briefing's own stylesheet applies (allowed by its hash), and nothing was refused.
        Assert.Equal("collapse", await frame.Locator("table").First.EvaluateAsync<string>("t => getComputedStyle(t).borderCollapse"));
        Assert.Empty(violations);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download PDF" }).ClickAsync());
        using var folder = new TempFolder("reports-webapp-pdf");
        var pdf = Path.Combine(folder.Path, download.SuggestedFilename);
        await download.SaveAsAsync(pdf);
        Assert.Equal($"report-{From}-{To}.pdf", download.SuggestedFilename);
        var text = PdfText(pdf);
        Assert.Contains("en-port-strike.html", text, StringComparison.Ordinal);
        Assert.Contains("killed", text, StringComparison.OrdinalIgnoreCase);

        // The link is the report: a colleague who opens it signs in and sees the same preview.
        var shared = await browser.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await shared.GetByLabel("Staff key").FillAsync(TestApp.ReadKey);
        await shared.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(shared.FrameLocator("iframe.preview").Locator("body")).ToContainTextAsync("en-port-strike.html");
        Assert.Equal(page.Url, shared.Url);

        // Filters from the form go into the link.
        await page.GetByLabel("Persian").CheckAsync();
        await page.GetByLabel("killed", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("language=fa&kind=killed"));
        await Expect(frame.Locator("body")).ToContainTextAsync("fa-hamle-pahpadi.txt");
        await Expect(frame.Locator("body")).Not.ToContainTextAsync("en-port-strike.html");
    }

    [BrowserFact]
    public async Task Subscribers_AddedThenRemoved()
    {
        await using var app = await TestApp.StartAsync();
        var page = await SignInAndArticlesTests.SignedInAsync(app, browser);
        await page.GotoAsync(app.AppUrl + "#/subscribers");
        await Expect(page.Locator("main").GetByText("No subscribers yet.")).ToBeVisibleAsync();

        await page.GetByLabel("Email").FillAsync("not-an-address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();

        await page.GetByLabel("Email").FillAsync("ana@example.org");
        await page.GetByLabel("Ukrainian").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        var row = page.Locator("tr[data-email='ana@example.org']");
        await Expect(row).ToContainTextAsync("Ukrainian");
        await Expect(row).ToContainTextAsync("active");
        using var client = app.Client();
        var list = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/subscribers", UriKind.Relative));
        Assert.Equal("ana@example.org", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("email").GetString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove ana@example.org" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
        list = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/subscribers", UriKind.Relative));
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    private static string PdfText(string path)
    {
        if (!File.Exists("/usr/bin/pdftotext"))
        {
            throw new InvalidOperationException("pdftotext is not installed: apt-get install poppler-utils");
        }

        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
