using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Reports.Core.Delivery;
using static Microsoft.Playwright.Assertions;

namespace Reports.WebApp.Tests;

/// <summary>
/// Every page at desktop (1280 px) and phone (390 px) width: nothing wider than the screen, every page reached with
/// real data. Saved as webapp-{page}-{width}.png in WEBAPP_SCREENSHOTS (docs/images for the docs), else a temp folder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task EveryPage_AtDesktopAndPhoneWidth_FitsTheScreen()
    {
        using var temp = new TempFolder("reports-webapp-shots");
        var folder = Environment.GetEnvironmentVariable("WEBAPP_SCREENSHOTS") is { Length: > 0 } given ? Path.GetFullPath(given, RepoPaths.Root) : temp.Path;
        Directory.CreateDirectory(folder);
        var from = DateTime.UtcNow.AddDays(-365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (width, height, name) in new[] { (1280, 900, "desktop"), (390, 844, "phone") })
        {
            await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
            {
                ["ReportsUnsubscribeSecret"] = "screenshot-secret-0123456789-abcdefghijklmnop",
                ["ReportsPublicBaseUrl"] = "https://reports.example.org",
            });
            async Task ShotAsync(IPage page, string what, bool fullPage = true)
            {
                await page.EvaluateAsync("() => document.fonts.ready");
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                Assert.True(overflow <= 0, $"{what} at {width} px is {overflow} px wider than the screen");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"webapp-{what}-{name}.png"), FullPage = fullPage });
            }

            var signIn = await browser.NewPageAsync(width, height);
            await signIn.GotoAsync(app.AppUrl);
            await Expect(signIn.GetByLabel("Staff key")).ToBeVisibleAsync();
            await ShotAsync(signIn, "signin");

            var page = await SignInAndArticlesTests.SignedInAsync(app, browser, width, height);
            await page.GotoAsync(app.AppUrl + "#/upload");
            var samples = Directory.GetFiles(RepoPaths.Combine("samples", "articles")).Order(StringComparer.Ordinal).ToArray();
            await page.Locator("#pick-files").SetInputFilesAsync(samples.Append(WriteDamaged(temp.Path)));
            await Expect(page.Locator("li.upload[data-state='analysed']")).ToHaveCountAsync(samples.Length);
            await Expect(page.Locator("li.upload[data-state='rejected']")).ToHaveCountAsync(1);
            await ShotAsync(page, "upload");

            await page.GotoAsync(app.AppUrl + $"#/articles?from={from}&to={to}");
            await Expect(page.Locator("li.article-row")).ToHaveCountAsync(samples.Length);
            await ShotAsync(page, "articles");

            await page.GotoAsync(app.AppUrl + $"#/articles?from={from}&to={to}&language=fa");
            await page.Locator("li.article-row .title").ClickAsync();
            await Expect(page.Locator("mark.num").First).ToBeVisibleAsync();
            await ShotAsync(page, "article-fa");

            await page.GotoAsync(app.AppUrl + $"#/articles?from={from}&to={to}&language=en");
            await page.Locator("li.article-row .title").ClickAsync();
            await Expect(page.Locator("mark.num").First).ToBeVisibleAsync();
            await ShotAsync(page, "article-en");

            await page.GotoAsync(app.AppUrl + $"#/reports?from={from}&to={to}");
            await Expect(page.FrameLocator("iframe.preview").Locator("h1")).ToContainTextAsync("Briefing");
            if (width >= 1000)
            {
                await ShotAsync(page, "reports");
            }
            else
            {
                // Chromium's full-page capture leaves a sandboxed frame below the first screen blank: on a phone the
                // shot is the screen scrolled to the downloads and the preview.
                await page.EvaluateAsync("() => document.querySelector('.downloads').scrollIntoView()");
                await Expect(page.FrameLocator("iframe.preview").Locator("h1")).ToBeInViewportAsync();
                await ShotAsync(page, "reports", fullPage: false);
            }

            await page.GotoAsync(app.AppUrl + "#/subscribers");
            await page.GetByLabel("Email").FillAsync("ana@example.org");
            await page.GetByLabel("Ukrainian").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
            await Expect(page.Locator("tr[data-email='ana@example.org']")).ToBeVisibleAsync();
            await page.GetByLabel("Email").FillAsync("newsdesk@example.org");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
            await Expect(page.Locator("tr[data-email='newsdesk@example.org']")).ToBeVisibleAsync();
            await ShotAsync(page, "subscribers");

            // The page a subscriber reaches from the email: a button (mail scanners prefetch links), then what happened.
            var subscriber = (await app.Services.GetRequiredService<SubscriberStore>().ListActiveAsync(CancellationToken.None)).Single(s => s.Email == "ana@example.org");
            var link = app.Services.GetRequiredService<Reports.Functions.Delivery.DeliverySetup>().Tokens.Link(app.Address, subscriber.Id, subscriber.Generation);
            var mail = await browser.NewPageAsync(width, height);
            await mail.GotoAsync(link.ToString());
            await Expect(mail.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" })).ToBeVisibleAsync();
            await ShotAsync(mail, "unsubscribe");
            await mail.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
            await Expect(mail.GetByRole(AriaRole.Heading, new() { Name = "Unsubscribed" })).ToBeVisibleAsync();
            await Expect(mail.Locator("body")).ToContainTextAsync("You will not receive the daily briefing any more.");
            await ShotAsync(mail, "unsubscribed");
        }
    }

    private static string WriteDamaged(string folder)
    {
        var path = Path.Combine(folder, "damaged.docx");
        File.WriteAllText(path, "PK this is not really a Word file");
        return path;
    }
}
