using System.Net.Http.Json;
using System.Text.Json;

namespace Reports.Testing.MailDev;

/// <summary>maildev's REST API: the received messages, their attachments, and clearing the inbox.</summary>
public sealed class MailDevClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly HttpClient http;

    public MailDevClient(Uri baseAddress)
    {
        http = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout };
    }

    /// <summary>GET /email: every received message.</summary>
    public async Task<IReadOnlyList<MailDevEmail>> GetEmailsAsync(CancellationToken cancellationToken = default)
    {
        using var document = await http.GetFromJsonAsync<JsonDocument>("email", cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("maildev returned null for GET /email.");
        return document.RootElement.EnumerateArray().Select(MailDevEmail.From).ToList();
    }

    /// <summary>
    /// maildev stores a message a moment after its SMTP server accepted it: polls GET /email until at least
    /// <paramref name="count"/> messages are there (or <paramref name="timeout"/> passes), then waits
    /// <paramref name="settle"/> and reads once more, so late extra copies (duplicates) are counted too.
    /// </summary>
    public async Task<IReadOnlyList<MailDevEmail>> WaitForEmailsAsync(int count, TimeSpan timeout, TimeSpan settle, CancellationToken cancellationToken = default)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while ((await GetEmailsAsync(cancellationToken).ConfigureAwait(false)).Count < count && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }

        await Task.Delay(settle, cancellationToken).ConfigureAwait(false);
        return await GetEmailsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GET /email/{id}/attachment/{generatedFileName}: an attachment's bytes.</summary>
    public Task<byte[]> GetAttachmentAsync(string id, string generatedFileName, CancellationToken cancellationToken = default) =>
        http.GetByteArrayAsync($"email/{Uri.EscapeDataString(id)}/attachment/{Uri.EscapeDataString(generatedFileName)}", cancellationToken);

    /// <summary>DELETE /email/all.</summary>
    public async Task DeleteAllAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.DeleteAsync("email/all", cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => http.Dispose();
}

/// <summary>The parts of a maildev message the tests read.</summary>
public sealed record MailDevEmail(
    string Id,
    string Subject,
    string? MessageId,
    IReadOnlyList<string> To,
    string? Text,
    string? Html,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyList<MailDevAttachment> Attachments)
{
    internal static MailDevEmail From(JsonElement e) => new(
        e.GetProperty("id").GetString()!,
        e.TryGetProperty("subject", out var subject) ? subject.GetString() ?? string.Empty : string.Empty,
        e.TryGetProperty("messageId", out var messageId) ? messageId.GetString() : null,
        e.TryGetProperty("to", out var to) ? to.EnumerateArray().Select(a => a.GetProperty("address").GetString()!).ToList() : [],
        e.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null,
        e.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String ? html.GetString() : null,
        e.TryGetProperty("headers", out var headers)
            ? headers.EnumerateObject().ToDictionary(h => h.Name, h => h.Value.ValueKind == JsonValueKind.String ? h.Value.GetString()! : h.Value.GetRawText(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(),
        e.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array
            ? attachments.EnumerateArray().Select(a => new MailDevAttachment(
                a.GetProperty("fileName").GetString()!,
                a.GetProperty("generatedFileName").GetString()!,
                a.GetProperty("contentType").GetString()!)).ToList()
            : []);
}

/// <summary>An attachment as maildev lists it; fetch it by <see cref="GeneratedFileName"/>.</summary>
public sealed record MailDevAttachment(string FileName, string GeneratedFileName, string ContentType);
