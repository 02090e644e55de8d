using System.Collections.Frozen;
using System.Text.Json;

namespace Reports.Core.Languages;

/// <summary>The language profiles shipped as data files (embedded resources <c>Languages/Data/*.json</c>).</summary>
public sealed class LanguageCatalog
{
    private const string ResourcePrefix = "Reports.Core.Languages.Data.";
    private static readonly Lazy<LanguageCatalog> Embedded = new(LoadEmbedded);
    private readonly FrozenDictionary<string, LanguageProfile> _byCode;

    public LanguageCatalog(IEnumerable<LanguageProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        All = [.. profiles.OrderBy(p => p.Code, StringComparer.Ordinal)];
        _byCode = All.ToFrozenDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The profiles bundled with the analyzer.</summary>
    public static LanguageCatalog Default => Embedded.Value;

    public IReadOnlyList<LanguageProfile> All { get; }

    public LanguageProfile? Find(string code) => _byCode.GetValueOrDefault(code);

    public LanguageProfile Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"No language profile for '{code}'. Known: {string.Join(", ", _byCode.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Reads one profile from its JSON text; says which file and what is wrong when it cannot.</summary>
    public static LanguageProfile Parse(string json, string name)
    {
        try
        {
            var profile = JsonSerializer.Deserialize<LanguageProfile>(json, new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
                ?? throw new InvalidDataException($"Language data file '{name}' is empty.");
            if (string.IsNullOrWhiteSpace(profile.Code))
            {
                throw new InvalidDataException($"Language data file '{name}' has no \"code\".");
            }

            return profile;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Language data file '{name}' is not valid: {e.Message}", e);
        }
    }

    private static LanguageCatalog LoadEmbedded()
    {
        var assembly = typeof(LanguageCatalog).Assembly;
        var profiles = new List<LanguageProfile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            profiles.Add(Parse(reader.ReadToEnd(), name[ResourcePrefix.Length..]));
        }

        return new LanguageCatalog(profiles);
    }
}
