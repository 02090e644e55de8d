namespace Reports.Core.Briefings;

/// <summary>A set of renderers looked up by <see cref="IBriefingRenderer.Format"/> (case-insensitive).</summary>
public sealed class BriefingRenderers
{
    private readonly Dictionary<string, IBriefingRenderer> byFormat = new(StringComparer.OrdinalIgnoreCase);

    public BriefingRenderers(IEnumerable<IBriefingRenderer> renderers)
    {
        ArgumentNullException.ThrowIfNull(renderers);
        foreach (var renderer in renderers)
        {
            // The last registration of a format wins, so a host can replace a built-in one.
            byFormat[renderer.Format] = renderer;
        }
    }

    /// <summary>The renderers of Reports.Core: json, csv, html.</summary>
    public static IReadOnlyList<IBriefingRenderer> BuiltIn { get; } = [new JsonBriefingRenderer(), new CsvBriefingRenderer(), new HtmlBriefingRenderer()];

    /// <summary>The registered formats, in order.</summary>
    public IReadOnlyList<string> Formats => [.. byFormat.Keys.Order(StringComparer.Ordinal)];

    public bool TryGet(string format, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IBriefingRenderer? renderer) =>
        byFormat.TryGetValue(format, out renderer);
}
