using System.Text.Json;

namespace Reports.Functions.Invocations;

/// <summary>
/// The functions of the app as the Functions host sees them: one folder per function holding its function.json,
/// beside host.json. The local runner reads the same files, so a trigger's path or schedule is configured once.
/// </summary>
internal sealed class FunctionCatalog
{
    public FunctionCatalog(string root)
    {
        Root = root;
        Functions = Directory.Exists(root)
            ? Directory.EnumerateDirectories(root)
                .Select(folder => Path.Combine(folder, "function.json"))
                .Where(File.Exists)
                .Select(Load)
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList()
            : [];
    }

    public string Root { get; }

    public IReadOnlyList<FunctionDefinition> Functions { get; }

    public FunctionDefinition? Find(string name) => Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public static FunctionDefinition Load(string functionJson)
    {
        var name = Path.GetFileName(Path.GetDirectoryName(functionJson))!;
        using var document = JsonDocument.Parse(File.ReadAllBytes(functionJson));
        var bindings = new List<FunctionBinding>();
        if (document.RootElement.TryGetProperty("bindings", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var binding in array.EnumerateArray())
            {
                bindings.Add(new FunctionBinding(
                    Text(binding, "name") ?? string.Empty,
                    Text(binding, "type") ?? string.Empty,
                    Text(binding, "direction") ?? "in",
                    Text(binding, "path"),
                    Text(binding, "dataType"),
                    Text(binding, "connection"),
                    Text(binding, "schedule"),
                    binding.TryGetProperty("runOnStartup", out var run) && run.ValueKind == JsonValueKind.True));
            }
        }

        return new FunctionDefinition(name, bindings);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
