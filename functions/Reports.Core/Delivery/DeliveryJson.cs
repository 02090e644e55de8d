using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reports.Core.Delivery;

/// <summary>How subscriber and ledger blobs are written: camelCase JSON, enums as strings, nulls left out.</summary>
internal static class DeliveryJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(ReadOnlyMemory<byte> bytes, string what) =>
        JsonSerializer.Deserialize<T>(bytes.Span, Options) ?? throw new InvalidDataException($"{what} is the JSON null.");
}
