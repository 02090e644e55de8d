namespace Reports.Cli.Briefs;

/// <summary>The --format values of <c>brief</c> and the format an output file's extension implies.</summary>
internal static class BriefFormats
{
    public const string Pdf = "pdf";
    public const string Json = "json";
    public const string Csv = "csv";
    public const string Html = "html";

    public static IReadOnlyList<string> All { get; } = [Pdf, Json, Csv, Html];

    /// <summary>From the extension (.pdf, .json, .csv, .html, .htm), else pdf.</summary>
    public static string FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => Json,
        ".csv" => Csv,
        ".html" or ".htm" => Html,
        _ => Pdf,
    };
}
