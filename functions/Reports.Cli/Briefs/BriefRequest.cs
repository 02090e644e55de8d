using Reports.Cli.Analyzers;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Cli.Briefs;

/// <summary>What <c>reports brief</c> was asked for, already validated.</summary>
/// <param name="Input">A folder (or file) of articles, or a data folder with an <c>analyses</c> subfolder.</param>
/// <param name="From">First day, or null for the start of what the input holds.</param>
/// <param name="To">Last day, or null for the end of what the input holds.</param>
/// <param name="Languages">Languages to keep (empty = all).</param>
/// <param name="Kinds">Kinds to keep (empty = all).</param>
/// <param name="Output">The file to write.</param>
/// <param name="Renderer">The format's renderer.</param>
/// <param name="Analyzer">
/// Makes the analyzer for a folder of articles (<c>--analyzer</c> and the settings; throws <see cref="FormatException"/>
/// on a wrong setting), only called when the input is such a folder; null: the built-in analyzer.
/// </param>
internal sealed record BriefRequest(
    string Input,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<string> Languages,
    IReadOnlyList<FigureKind> Kinds,
    string Output,
    IBriefingRenderer Renderer,
    Func<TextWriter, CliAnalyzer>? Analyzer = null)
{
    /// <summary>Places to keep (empty = all): <see cref="Reports.Core.Aggregation.BriefingFilter.Places"/>.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>The longest period a briefing may cover, in days.</summary>
    public const int MaxDays = 366;
}
