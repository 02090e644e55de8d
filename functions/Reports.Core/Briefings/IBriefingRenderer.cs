namespace Reports.Core.Briefings;

/// <summary>Renders a briefing in one format.</summary>
public interface IBriefingRenderer
{
    /// <summary>"pdf", "html", "json", "csv".</summary>
    string Format { get; }

    string ContentType { get; }

    Task RenderAsync(Briefing briefing, Stream output, CancellationToken cancellationToken);
}
