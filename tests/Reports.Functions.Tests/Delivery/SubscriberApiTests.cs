using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reports.Core.Delivery;
using Reports.Core.Storage;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Delivery;

/// <summary>The subscriber endpoints (key-protected) and the anonymous, token-signed unsubscribe link.</summary>
public sealed class SubscriberApiTests : IDisposable
{
    public const string Secret = "test-unsubscribe-secret-0123456789-abcdefghijklmnop";

    private readonly TempFolder _folder = new("reports-functions-subscribers");
    private readonly IBlobStore _store;
    private readonly ReportsApp _app;

    public SubscriberApiTests()
    {
        _store = ReportsApp.FileStore(_folder.Path);
        _app = new ReportsApp(_store, settings: new Dictionary<string, string?>
        {
            ["ReportsUnsubscribeSecret"] = Secret,
            ["ReportsRunWatcher"] = "false",
            ["ReportsRunTimers"] = "false",
        });
    }

    [Fact]
    public async Task Post_NewAddress_Answers201WithTheIdThen200ForTheSameAddress()
    {
        using var client = _app.CreateKeyedClient();

        using var created = await client.PostAsJsonAsync("/api/subscribers", new { email = "Alice@Example.ORG", languages = new[] { "uk", "en" } });
        using var again = await client.PostAsJsonAsync("/api/subscribers", new { email = "alice@example.org" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = await JsonAsync(created);
        var id = first.GetProperty("id").GetString()!;
        Assert.True(SubscriberIds.IsValid(id));
        Assert.Equal("Alice@example.org", first.GetProperty("email").GetString());
        Assert.Equal(["en", "uk"], first.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.EndsWith($"/api/subscribers/{id}", created.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await JsonAsync(again);
        Assert.Equal(id, second.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("languages").ValueKind);
    }

    [Theory]
    [InlineData("""{"email":"not-an-address"}""", "bad_email")]
    [InlineData("""{"email":"a@b"}""", "bad_email")]
    [InlineData("""{"email":"Alice <a@example.org>"}""", "bad_email")]
    [InlineData("""{"email":"a@example.org","languages":["english!"]}""", "bad_language")]
    [InlineData("""{"email":"a@example.org","languages":["xx"]}""", "bad_language")]
    [InlineData("""{"languages":["en"]}""", "bad_body")]
    [InlineData("not json", "bad_body")]
    public async Task Post_BadBody_Answers400(string body, string code)
    {
        using var client = _app.CreateKeyedClient();

        using var response = await client.PostAsync(new Uri("/api/subscribers", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await JsonAsync(response)).GetProperty("error").GetString());
        Assert.Empty(await StoreContents.ListAsync(_store, SubscriberStore.Container));
    }

    [Fact]
    public async Task ListAndDelete_WithKey_ShowThenEraseTheSubscriber()
    {
        using var client = _app.CreateKeyedClient();
        using var created = await client.PostAsJsonAsync("/api/subscribers", new { email = "bob@example.org" });
        var id = (await JsonAsync(created)).GetProperty("id").GetString()!;

        var listed = await client.GetFromJsonAsync<JsonElement>("/api/subscribers");
        using var deleted = await client.DeleteAsync(new Uri($"/api/subscribers/{id}", UriKind.Relative));
        using var deletedAgain = await client.DeleteAsync(new Uri($"/api/subscribers/{id}", UriKind.Relative));
        using var badId = await client.DeleteAsync(new Uri("/api/subscribers/not-an-id", UriKind.Relative));
        var after = await client.GetFromJsonAsync<JsonElement>("/api/subscribers");

        Assert.Equal(1, listed.GetProperty("count").GetInt32());
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal("bob@example.org", item.GetProperty("email").GetString());
        Assert.True(item.GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Equal(0, after.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("POST", null)]
    [InlineData("GET", null)]
    [InlineData("DELETE", null)]
    [InlineData("POST", "wrong-key")]
    [InlineData("GET", "wrong-key")]
    public async Task Subscribers_WithoutTheKey_Answer401(string method, string? key)
    {
        using var client = _app.CreateAnonymousClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        var path = method == "DELETE" ? "/api/subscribers/" + new string('a', 32) : "/api/subscribers";
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { email = "eve@example.org" });
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await StoreContents.ListAsync(_store, SubscriberStore.Container));
    }

    [Fact]
    public async Task UnsubscribePost_ValidLink_UnsubscribesWithoutAKey()
    {
        var subscriber = await SubscribeDirectlyAsync("carol@example.org", null, CancellationToken.None);
        var link = new UnsubscribeTokens(Secret).Link(new Uri("http://127.0.0.1/"), subscriber.Id, subscriber.Generation);
        using var client = _app.CreateClient();

        using var response = await client.PostAsync(new Uri(link.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        using var repeated = await client.PostAsync(new Uri(link.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Unsubscribed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.False((await new SubscriberStore(_store).GetAsync(subscriber.Id, CancellationToken.None))!.IsActive);
    }

    [Fact]
    public async Task UnsubscribeGet_ValidLink_ShowsAButtonAndUnsubscribesNobody()
    {
        var subscriber = await SubscribeDirectlyAsync("dan@example.org", null, CancellationToken.None);
        var link = new UnsubscribeTokens(Secret).Link(new Uri("http://127.0.0.1/"), subscriber.Id, subscriber.Generation);
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<form method=\"post\"", page, StringComparison.Ordinal);
        Assert.True((await new SubscriberStore(_store).GetAsync(subscriber.Id, CancellationToken.None))!.IsActive);
    }

    [Theory]
    [InlineData("tampered", HttpStatusCode.Forbidden)]
    [InlineData("foreign", HttpStatusCode.Forbidden)]
    [InlineData("missing", HttpStatusCode.BadRequest)]
    [InlineData("bad-id", HttpStatusCode.BadRequest)]
    public async Task Unsubscribe_BadLink_IsRefusedAndNobodyLeaves(string kind, HttpStatusCode expected)
    {
        var store = new SubscriberStore(_store);
        var victim = await SubscribeDirectlyAsync("erin@example.org", null, CancellationToken.None);
        var other = await SubscribeDirectlyAsync("frank@example.org", null, CancellationToken.None);
        var tokens = new UnsubscribeTokens(Secret);
        var token = tokens.Create(victim.Id, victim.Generation);
        var query = kind switch
        {
            "tampered" => $"s={victim.Id}&g={victim.Generation}&t={(token[0] == 'A' ? 'B' : 'A')}{token[1..]}",
            "foreign" => $"s={victim.Id}&g={victim.Generation}&t={tokens.Create(other.Id, other.Generation)}",
            "missing" => $"s={victim.Id}",
            _ => $"s=../{victim.Id}&g={victim.Generation}&t={token}",
        };
        using var client = _app.CreateClient();

        using var post = await client.PostAsync(new Uri($"/api/unsubscribe?{query}", UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        using var get = await client.GetAsync(new Uri($"/api/unsubscribe?{query}", UriKind.Relative));

        Assert.Equal(expected, post.StatusCode);
        Assert.Equal(expected, get.StatusCode);
        Assert.True((await store.GetAsync(victim.Id, CancellationToken.None))!.IsActive);
        Assert.True((await store.GetAsync(other.Id, CancellationToken.None))!.IsActive);
    }

    [Fact]
    public async Task Unsubscribe_NoSecretConfigured_Answers503AndNobodyLeaves()
    {
        var victim = await SubscribeDirectlyAsync("gina@example.org", null, CancellationToken.None);
        var link = new UnsubscribeTokens(Secret).Link(new Uri("http://127.0.0.1/"), victim.Id, victim.Generation);
        using var app = new ReportsApp(_store, settings: new Dictionary<string, string?> { ["ReportsRunWatcher"] = "false", ["ReportsRunTimers"] = "false" });
        using var client = app.CreateClient();

        using var post = await client.PostAsync(new Uri(link.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode);
        Assert.True((await new SubscriberStore(_store).GetAsync(victim.Id, CancellationToken.None))!.IsActive);
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }

    /// <summary>Subscribes through the store (the app may not have created the container yet).</summary>
    private async Task<Subscriber> SubscribeDirectlyAsync(string email, IReadOnlyList<string>? languages, CancellationToken cancellationToken)
    {
        var store = new SubscriberStore(_store);
        await store.EnsureContainerAsync(cancellationToken);
        return await store.SubscribeAsync(email, languages, cancellationToken);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
