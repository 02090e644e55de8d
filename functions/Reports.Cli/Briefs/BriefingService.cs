using Reports.Cli.Analyzers;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;

namespace Reports.Cli.Briefs;

/// <summary>
/// Makes one briefing file: reads analyses (a data folder through the store, else a folder of articles analysed now),
/// settles the period (the given days, else the span of what was read), builds the briefing and renders it to a
/// temporary file that replaces the output only once complete.
/// </summary>
internal sealed class BriefingService(TimeProvider timeProvider, TextWriter? warnings = null)
{
    public async Task<BriefOutcome> CreateAsync(BriefRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var output = Path.GetFullPath(request.Output);
        if (!Directory.Exists(Path.GetDirectoryName(output)))
        {
            throw new BriefException($"{request.Output}: the folder {Path.GetDirectoryName(output)} does not exist.", 2);
        }

        IReadOnlyList<StoredAnalysis> analyses;
        List<string> failures = [];
        Period period;
        if (Directory.Exists(request.Input) && DataFolderSource.IsDataFolder(request.Input))
        {
            var store = DataFolderSource.Open(request.Input);
            period = await PeriodAsync(request, () => Task.FromResult(DataFolderSource.Span(request.Input))).ConfigureAwait(false);
            try
            {
                analyses = await new AnalysisRepository(store).ReadAsync(period, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException e)
            {
                throw new BriefException(e.Message, 1);
            }
            catch (IOException e)
            {
                throw new BriefException($"{request.Input}: the data folder cannot be read: {e.Message}", 1);
            }
        }
        else if (Directory.Exists(request.Input) || File.Exists(request.Input))
        {
            using var analyzer = CreateAnalyzer(request);
            (var read, failures) = await ArticleFolderSource.ReadAsync(request.Input, output, analyzer.Service, cancellationToken).ConfigureAwait(false);
            analyses = read;
            period = await PeriodAsync(request, () => Task.FromResult(read.Count == 0 ? null : new Period(read.Min(a => a.Day), read.Max(a => a.Day)))).ConfigureAwait(false);
        }
        else
        {
            throw new BriefException($"{request.Input}: path does not exist.", 2);
        }

        var filter = new BriefingFilter(period, request.Languages.Count > 0 ? request.Languages : null, request.Kinds.Count > 0 ? request.Kinds : null)
        {
            Places = request.Places.Count > 0 ? request.Places : null,
        };
        var briefing = new BriefingBuilder(timeProvider).Build(analyses, filter);
        await WriteAsync(request, briefing, cancellationToken).ConfigureAwait(false);
        return new BriefOutcome(briefing, failures);
    }

    /// <summary>The analyzer for a folder of articles; a wrong or missing setting is a usage error (exit code 2).</summary>
    private CliAnalyzer CreateAnalyzer(BriefRequest request)
    {
        var create = request.Analyzer ?? (error => CliAnalyzer.Create(null, _ => null, error));
        try
        {
            return create(warnings ?? TextWriter.Null);
        }
        catch (FormatException e)
        {
            throw new BriefException(e.Message.ReplaceLineEndings(" "), 2);
        }
    }

    /// <summary>The period asked for; a missing end is taken from the span of the input.</summary>
    private static async Task<Period> PeriodAsync(BriefRequest request, Func<Task<Period?>> span)
    {
        if (request.From is { } from && request.To is { } to)
        {
            return new Period(from, to);
        }

        var found = await span().ConfigureAwait(false)
            ?? throw new BriefException($"{request.Input}: no article could be analysed, so there is no period to report on.", 1);
        var start = request.From ?? found.From;
        var end = request.To ?? found.To;
        if (end < start)
        {
            throw new BriefException($"The period is empty: the input's articles run {found}, which ends before --from {start:yyyy-MM-dd} or starts after --to {end:yyyy-MM-dd}.", 2);
        }

        var period = new Period(start, end);
        return period.Days <= BriefRequest.MaxDays
            ? period
            : throw new BriefException($"The input spans {period} ({period.Days} days), over the {BriefRequest.MaxDays}-day limit; pick a shorter period with --from and --to.", 2);
    }

    private static async Task WriteAsync(BriefRequest request, Briefing briefing, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(request.Output);
        var folder = Path.GetDirectoryName(output) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(output)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await request.Renderer.RenderAsync(briefing, stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temp, output, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BriefException($"{request.Output}: cannot be written: {e.Message}", 1);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
