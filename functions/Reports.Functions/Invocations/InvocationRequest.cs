using System.Globalization;
using System.Text.Json;

namespace Reports.Functions.Invocations;

/// <summary>
/// What the Functions host POSTs to <c>/&lt;FunctionName&gt;</c>: <c>{"Data": {binding: value}, "Metadata": {...}}</c>.
/// Scalars arrive JSON-encoded twice (<c>"\"text\""</c>), binary data as base64, POCOs as objects (or, from older
/// hosts, as JSON strings), and keys ending in "Trigger" are dropped.
/// </summary>
internal sealed class InvocationRequest : IDisposable
{
    private readonly JsonDocument _document;

    private InvocationRequest(JsonDocument document, JsonElement data, JsonElement metadata)
    {
        _document = document;
        Data = data;
        Metadata = metadata;
    }

    public JsonElement Data { get; }

    public JsonElement Metadata { get; }

    /// <summary>Parses a payload; <see cref="InvalidInvocationException"/> when it is not one.</summary>
    public static async Task<InvocationRequest> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new InvalidInvocationException($"The invocation body is not JSON: {e.Message}", e);
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new InvalidInvocationException("The invocation body must be an object with Data and Metadata.");
        }

        var data = Property(root, "Data") ?? default;
        var metadata = Property(root, "Metadata") ?? default;
        return new InvocationRequest(document, data, metadata);
    }

    /// <summary>A binary binding's bytes (base64 on the wire); null when absent.</summary>
    public byte[]? Binary(string binding)
    {
        if (Property(Data, binding) is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || !value.TryGetBytesFromBase64(out var bytes))
        {
            throw new InvalidInvocationException($"Data.{binding} must be a base64 string (declare \"dataType\": \"binary\").");
        }

        return bytes;
    }

    /// <summary>A metadata scalar, decoded twice when the host serialized it twice; null when absent.</summary>
    public string? MetadataString(string key) => Property(Metadata, key) is { } value ? Scalar(value) : null;

    /// <summary>A metadata object (a POCO); older hosts sent it as a JSON string, which is parsed too.</summary>
    public JsonElement? MetadataObject(string key)
    {
        if (Property(Metadata, key) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text && text.TrimStart().StartsWith('{'))
        {
            try
            {
                using var inner = JsonDocument.Parse(text);
                return inner.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A scalar as text: a JSON-encoded string literal is decoded once more.</summary>
    public static string? Scalar(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
                {
                    try
                    {
                        return JsonSerializer.Deserialize<string>(text) ?? text;
                    }
                    catch (JsonException)
                    {
                        return text;
                    }
                }

                return text;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.Object:
            case JsonValueKind.Array:
                return null;
            default:
                return value.GetRawText();
        }
    }

    /// <summary>A property by name, case-insensitively (hosts differ in casing).</summary>
    public static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>A date from a property that may be a JSON date string or a double-encoded one.</summary>
    public static DateTimeOffset? Date(JsonElement? element, string name) =>
        element is { } value && Property(value, name) is { } property && Scalar(property) is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    public void Dispose() => _document.Dispose();
}
