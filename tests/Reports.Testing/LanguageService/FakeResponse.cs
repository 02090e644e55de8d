using System.Text.Json.Nodes;

namespace Reports.Testing.LanguageService;

/// <summary>One scripted answer of <see cref="LanguageServiceFake"/>: status, JSON body (or none), headers.</summary>
public sealed record FakeResponse(int Status, JsonNode? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Json(JsonNode body) => new(200, body);

    /// <summary>A throttled answer with Retry-After in seconds.</summary>
    public static FakeResponse Throttled(int retryAfterSeconds) => new(
        429,
        Error("429", "Rate limit is exceeded. Try again later."),
        new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>An ErrorResponse body: <c>{"error":{"code","message","innererror"?}}</c>.</summary>
    public static JsonObject Error(string code, string message, string? innerCode = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (innerCode is not null)
        {
            error["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = message };
        }

        return new JsonObject { ["error"] = error };
    }

    public static FakeResponse Failure(int status, string code, string message, string? innerCode = null) => new(status, Error(code, message, innerCode));
}

/// <summary>A request the fake received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
