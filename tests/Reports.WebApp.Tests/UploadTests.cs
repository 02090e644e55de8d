using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Reports.WebApp.Tests;

/// <summary>
/// Upload: the repository's samples dropped at once become analysed one by one (per-file state), a damaged file is
/// rejected with the reason in plain words, a file type the app cannot read is refused before sending, the same text
/// again is a duplicate, and the list survives the page being reloaded.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UploadTests(BrowserFixture browser, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Upload_SamplesDropped_EachBecomesAnalysed_RejectsSayWhy_AndTheListSurvivesAReload()
    {
        await using var app = await TestApp.StartAsync();
        var page = await SignInAndArticlesTests.SignedInAsync(app, browser);
        await page.GotoAsync(app.AppUrl + "#/upload");
        await Expect(page.Locator("#dropzone")).ToBeVisibleAsync();
        var samples = Directory.GetFiles(RepoPaths.Combine("samples", "articles")).Order(StringComparer.Ordinal).ToArray();
        Assert.True(samples.Length >= 7, $"{samples.Length} samples");
        var dropped = samples.Select(f => new DroppedFile(Path.GetFileName(f), File.ReadAllBytes(f)))
            .Append(new DroppedFile("damaged.docx", Encoding.ASCII.GetBytes("PK this is not really a Word file")))
            .Append(new DroppedFile("scan.pdf", Encoding.ASCII.GetBytes("%PDF-1.7")))
            .ToArray();

        var clock = Stopwatch.StartNew();
        await DropAsync(page, dropped);
        var rows = page.Locator("li.upload");
        await Expect(rows).ToHaveCountAsync(dropped.Length);
        await Expect(page.Locator("li.upload[data-state='analysed']")).ToHaveCountAsync(samples.Length);
        var elapsed = clock.Elapsed;
        output.WriteLine($"{samples.Length} samples from drop to all analysed: {elapsed.TotalSeconds:0.00} s");

        var damaged = page.Locator("li.upload[data-name='damaged.docx']");
        await Expect(damaged).ToHaveAttributeAsync("data-state", "rejected");
        await Expect(damaged.Locator(".message")).ToContainTextAsync("The Word file is damaged");
        var pdf = page.Locator("li.upload[data-name='scan.pdf']");
        await Expect(pdf).ToHaveAttributeAsync("data-state", "rejected");
        await Expect(pdf.Locator(".message")).ToContainTextAsync(".pdf cannot be read");
        await Expect(page.Locator("#upload-summary")).ToContainTextAsync($"{samples.Length} analysed");
        foreach (var sample in samples)
        {
            await Expect(page.Locator($"li.upload[data-name='{Path.GetFileName(sample)}'] a")).ToContainTextAsync("figure");
        }

        // Back later (a reload): the list still says what was accepted and analysed.
        await page.ReloadAsync();
        await Expect(page.Locator("li.upload[data-state='analysed']")).ToHaveCountAsync(samples.Length);

        // The same text under another name is one article: a duplicate, with a link to it.
        await DropAsync(page, [new DroppedFile("copy-of-" + Path.GetFileName(samples[0]), File.ReadAllBytes(samples[0]))]);
        var copy = page.Locator($"li.upload[data-name='copy-of-{Path.GetFileName(samples[0])}']");
        await Expect(copy).ToHaveAttributeAsync("data-state", "duplicate");
        await Expect(copy.Locator("a")).ToHaveTextAsync("open the article");
    }

    [BrowserFact]
    public async Task Upload_PageClosedBeforeTheQueueIsAnalysed_AcceptedFilesAreAnalysedAndShownOnReturn()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["ReportsRunWatcher"] = "false" });
        var page = await SignInAndArticlesTests.SignedInAsync(app, browser);
        await page.GotoAsync(app.AppUrl + "#/upload");
        await DropAsync(page, [new DroppedFile("late.txt", Encoding.UTF8.GetBytes("Night strike on Dovhe\n\nAt least 3 people were killed in Dovhe overnight.\n"))]);
        // Accepted by the server; nothing analyses it while the watcher is off.
        await Expect(page.Locator("li.upload[data-name='late.txt']")).ToHaveAttributeAsync("data-state", "queued");

        // The tab goes elsewhere (the upload page's polling stops); the article is analysed meanwhile.
        await page.GotoAsync(app.AppUrl + "#/articles");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Articles", Exact = true })).ToBeVisibleAsync();
        await using (var second = await TestApp.StartOnAsync(app))
        {
            await page.GotoAsync(app.AppUrl + "#/upload");
            await Expect(page.Locator("li.upload[data-name='late.txt']")).ToHaveAttributeAsync("data-state", "analysed");
        }
    }

    [BrowserFact]
    public async Task Upload_TextWrittenStraightIntoStorageBefore_BecomesADuplicate()
    {
        await using var app = await TestApp.StartAsync();
        var text = Encoding.UTF8.GetBytes("Strike on Vell\n\nAt least 4 people were killed in Vell overnight, the governor said.\n");
        var store = app.Services.GetRequiredService<IBlobStore>();
        await store.PutAsync(IngestContainers.Articles, "desk/from-storage-explorer.txt", text, BlobWriteOptions.CreateOnly, CancellationToken.None);
        await app.WaitAnalysedAsync(ArticleIds.FromHash(ArticleIds.ContentHash(text)), TimeSpan.FromSeconds(90));
        var page = await SignInAndArticlesTests.SignedInAsync(app, browser);
        await page.GotoAsync(app.AppUrl + "#/upload");

        // The upload's one write cannot see that text is known from a blob written straight in: the row finds out when
        // it asks about its id, which is filed under the other name.
        await DropAsync(page, [new DroppedFile("mine.txt", text)]);

        var row = page.Locator("li.upload[data-name='mine.txt']");
        await Expect(row).ToHaveAttributeAsync("data-state", "duplicate");
        await Expect(row.Locator("a")).ToHaveTextAsync("open the article");
    }

    private sealed record DroppedFile(string Name, byte[] Content);

    /// <summary>Drops files on the drop zone as a browser does: a drop event whose DataTransfer holds them.</summary>
    private static Task DropAsync(IPage page, IEnumerable<DroppedFile> files) =>
        page.Locator("#dropzone").EvaluateAsync(
            """
            (zone, files) => {
              const transfer = new DataTransfer();
              for (const f of files) {
                const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
                transfer.items.add(new File([bytes], f.name));
              }
              zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
              zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
            }
            """,
            files.Select(f => new { name = f.Name, b64 = Convert.ToBase64String(f.Content) }).ToArray());
}
