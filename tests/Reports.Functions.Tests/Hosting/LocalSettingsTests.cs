using Microsoft.Extensions.Configuration;
using Reports.Functions.Hosting;
using Reports.Testing;

namespace Reports.Functions.Tests.Hosting;

public sealed class LocalSettingsTests : IDisposable
{
    private readonly TempFolder _folder = new("reports-functions-settings");

    [Fact]
    public void AddTo_ValuesOfTheFile_BecomeSettingsBelowEnvironment()
    {
        File.WriteAllText(Path.Combine(_folder.Path, LocalSettings.FileName), """
            {
              "IsEncrypted": false,
              "Values": { "ReportsApiKey": "from-file", "ReportsStorage__serviceUri": "https://acct.blob.core.windows.net", "ReportsWatchConcurrency": 3 }
            }
            """);
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ReportsWatchConcurrency"] = "5" });

        LocalSettings.AddTo(configuration, _folder.Path);

        Assert.Equal("from-file", configuration["ReportsApiKey"]);
        Assert.Equal("https://acct.blob.core.windows.net", configuration["ReportsStorage:serviceUri"]);
        Assert.Equal("5", configuration["ReportsWatchConcurrency"]);
    }

    [Fact]
    public void AddTo_NoFile_ChangesNothing()
    {
        var configuration = new ConfigurationManager();

        LocalSettings.AddTo(configuration, _folder.Path);

        Assert.Empty(configuration.AsEnumerable());
    }

    public void Dispose() => _folder.Dispose();
}
