using System.Globalization;
using System.Text.Json;
using Reports.Core.Storage;

namespace Reports.Functions.Invocations;

/// <summary>
/// Builds invocation payloads the way the Functions host does, for the local runner: scalars JSON-encoded twice,
/// binary data as base64, no "*Trigger" metadata keys, a <c>sys</c> object.
/// </summary>
internal static class InvocationPayloads
{
    /// <summary>A blob trigger with <c>"dataType": "binary"</c> on <c>{container}/{name}</c>.</summary>
    public static byte[] BlobTrigger(string function, string binding, BlobContent blob, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var item = blob.Properties;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("Data");
            json.WriteBase64String(binding, blob.Content.Span);
            json.WriteEndObject();
            json.WriteStartObject("Metadata");
            json.WriteString("Uri", Twice(LocalUri(item.Container, item.Name)));
            json.WriteStartObject("Properties");
            json.WriteString("ETag", $"\"{item.ETag}\"");
            json.WriteString("LastModified", item.LastModified);
            json.WriteString("CreatedOn", item.LastModified);
            json.WriteNumber("ContentLength", item.Length);
            json.WriteString("ContentType", item.ContentType);
            json.WriteEndObject();
            json.WriteStartObject("Metadata");
            foreach (var (key, value) in item.Metadata)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            json.WriteString("name", Twice(item.Name));
            WriteSys(json, function, now);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>A timer trigger: <c>{"Schedule":{...},"ScheduleStatus":{Last,Next,LastUpdated},"IsPastDue":bool}</c>.</summary>
    public static byte[] TimerTrigger(string function, string binding, DateTimeOffset? last, DateTimeOffset next, bool isPastDue, DateTimeOffset now)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("Data");
            json.WriteStartObject(binding);
            json.WriteStartObject("Schedule");
            json.WriteBoolean("AdjustForDST", true);
            json.WriteEndObject();
            json.WriteStartObject("ScheduleStatus");
            json.WriteString("Last", (last ?? DateTimeOffset.MinValue).ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("Next", next.ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("LastUpdated", now.ToString("O", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteBoolean("IsPastDue", isPastDue);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("Metadata");
            WriteSys(json, function, now);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The address a local blob gets in payloads (informational: the name comes from {name}).</summary>
    public static string LocalUri(string container, string name) =>
        $"http://127.0.0.1/local/{container}/{string.Join('/', name.Split('/').Select(Uri.EscapeDataString))}";

    private static string Twice(string value) => JsonSerializer.Serialize(value);

    private static void WriteSys(Utf8JsonWriter json, string function, DateTimeOffset now)
    {
        json.WriteStartObject("sys");
        json.WriteString("MethodName", function);
        json.WriteString("UtcNow", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("RandGuid", Guid.NewGuid().ToString());
        json.WriteEndObject();
    }
}
