using System.Text.Json;

namespace Reports.Core.Ingestion;

/// <summary>A page of analyses and the token for the next page (null on the last).</summary>
public sealed record AnalysisPage(IReadOnlyList<JsonElement> Items, string? Continuation);
