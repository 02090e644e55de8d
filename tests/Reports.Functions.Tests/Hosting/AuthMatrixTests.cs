using System.Net;
using System.Net.Http.Json;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Hosting;

/// <summary>
/// Every endpoint × {no key, wrong key, read key, write key} × {anonymous reading off, on}: reading needs the read or
/// the write key unless anonymous reading is on; uploading needs the write key; the subscriber list always needs the
/// write key; health and the unsubscribe page (which carries its own signed token) need none.
/// </summary>
public sealed class AuthMatrixTests : IDisposable
{
    private readonly TempFolder _folder = new("reports-functions-auth");

    public enum Caller
    {
        NoKey,
        WrongKey,
        ReadKey,
        WriteKey,
    }

    public enum Need
    {
        Nothing,
        Read,
        Write,
        Subscribers,
    }

    public static TheoryData<string, string, Need, Caller, bool> Matrix()
    {
        var endpoints = new (string Method, string Path, Need Need)[]
        {
            ("GET", "/api/health", Need.Nothing),
            ("GET", "/api/articles?from=2026-01-01&to=2026-01-07", Need.Read),
            ("GET", "/api/articles/" + new string('a', 32), Need.Read),
            ("GET", "/api/reports?from=2026-01-01&to=2026-01-07&format=json", Need.Read),
            ("POST", "/api/articles?name=a.txt", Need.Write),
            ("GET", "/api/subscribers", Need.Subscribers),
            ("POST", "/api/subscribers", Need.Subscribers),
            ("DELETE", "/api/subscribers/" + new string('b', 32), Need.Subscribers),
        };
        var data = new TheoryData<string, string, Need, Caller, bool>();
        foreach (var (method, path, need) in endpoints)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(method, path, need, caller, false);
                data.Add(method, path, need, caller, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_Caller_AnsweredAsTheRulesSay(string method, string path, Need need, Caller caller, bool anonymousReads)
    {
        using var app = new ReportsApp(ReportsApp.FileStore(_folder.Path), settings: new Dictionary<string, string?>
        {
            ["ReportsAllowAnonymousReads"] = anonymousReads ? "true" : "false",
            ["ReportsRunWatcher"] = "false",
            ["ReportsRunTimers"] = "false",
        });
        using var client = app.CreateAnonymousClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Content = method == "POST"
            ? path.StartsWith("/api/subscribers", StringComparison.Ordinal) ? JsonContent.Create(new { email = "ana@example.org" }) : new ByteArrayContent("Three people were killed.\n"u8.ToArray())
            : null;
        var key = caller switch
        {
            Caller.WrongKey => "wrong-key-0123456789",
            Caller.ReadKey => ReportsApp.ReadKey,
            Caller.WriteKey => ReportsApp.Key,
            _ => null,
        };
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        using var response = await client.SendAsync(request);

        var allowed = need switch
        {
            Need.Nothing => true,
            Need.Read => caller is Caller.ReadKey or Caller.WriteKey || (caller == Caller.NoKey && anonymousReads),
            _ => caller == Caller.WriteKey,
        };
        var body = await response.Content.ReadAsStringAsync();
        if (allowed)
        {
            Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{method} {path} as {caller}: {(int)response.StatusCode} {body}");
        }
        else
        {
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{method} {path} as {caller}: {(int)response.StatusCode} {body}");
            var code = caller switch
            {
                Caller.NoKey => "key_required",
                Caller.WrongKey => "key_wrong",
                _ => "read_only_key",
            };
            Assert.Contains(code, body, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>An unusable key or pending grace stops the app at start with a message that says what is wrong.</summary>
[Collection(HostStartCollection.Name)]
public sealed class KeyRulesTests : IDisposable
{
    private readonly TempFolder _folder = new("reports-functions-keys");

    [Theory]
    [InlineData(" ")]
    [InlineData("short-key")]
    [InlineData("a key with spaces in it")]
    public async Task Start_UnusableKey_IsRefusedWithWhatIsWrong(string key)
    {
        var error = await DirectStart.FailureAsync(_folder.Path, new Dictionary<string, string?> { ["ReportsApiKey"] = key });

        Assert.True(error.ToString().Contains("at least 16 characters", StringComparison.Ordinal), error.ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.5")]
    [InlineData("1")] // not longer than two 30 s storage timeouts
    public async Task Start_UnusablePendingGrace_IsRefusedWithWhatIsWrong(string minutes)
    {
        var error = await DirectStart.FailureAsync(_folder.Path, new Dictionary<string, string?> { ["ReportsPendingGraceMinutes"] = minutes });

        Assert.True(error.ToString().Contains("ReportsPendingGraceMinutes must be at least 1", StringComparison.Ordinal), error.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
