namespace Reports.Core.Aggregation;

/// <summary>Settings of <see cref="AnalysisRepository"/>.</summary>
public sealed class AnalysisRepositoryOptions
{
    /// <summary>How many listings or reads run at once. Default 16.</summary>
    public int MaxParallelReads { get; set; } = 16;

    /// <summary>
    /// Whether days are read from their <see cref="DayRollup"/> (and rollups written when missing or out of date).
    /// Default true; off, every analysis is read from its own blob.
    /// </summary>
    public bool UseRollups { get; set; } = true;
}
