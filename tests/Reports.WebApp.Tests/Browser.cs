using Microsoft.Playwright;

namespace Reports.WebApp.Tests;

/// <summary>
/// Headless Chromium driven by Playwright: the machine's own Debian <c>chromium</c> (<see cref="ExecutablePath"/>);
/// Playwright never downloads a browser here. One browser for the test collection, a fresh context (cookies,
/// sessionStorage, localStorage) per test.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string InstallHint = "Chromium is not installed at /usr/bin/chromium: apt-get install -y chromium";

    /// <summary>How long a state may take to appear: generous, so only a state that never comes fails a test.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private IPlaywright? _playwright;

    public static bool Available => File.Exists(ExecutablePath);

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in CI containers: Chromium's sandbox needs user namespaces that a container may not give.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
    }

    /// <summary>A new context and page at the given width (1280 desktop, 390 phone).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            DeviceScaleFactor = 1,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>
/// A browser test: skipped with the install hint when Chromium is absent on a developer's machine; on CI
/// (<c>CI=true</c>) it runs and fails instead, so a missing install never passes silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserFixture.Available && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = BrowserFixture.InstallHint;
        }
    }
}
