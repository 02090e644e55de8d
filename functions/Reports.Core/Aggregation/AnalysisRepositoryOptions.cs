namespace Reports.Core.Aggregation;

/// <summary>Settings of <see cref="AnalysisRepository"/>.</summary>
public sealed class AnalysisRepositoryOptions
{
    /// <summary>How many listings or reads run at once. Default 16.</summary>
    public int MaxParallelReads { get; set; } = 16;
}
