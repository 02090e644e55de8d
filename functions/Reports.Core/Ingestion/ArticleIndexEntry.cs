namespace Reports.Core.Ingestion;

/// <summary>The index entry for one article id: its status, first source and where its result is.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Status">One of <see cref="ArticleStatus"/>.</param>
/// <param name="Source">The blob name it was first seen under.</param>
/// <param name="Since">When the status was set.</param>
/// <param name="Path">The analysis blob (analyzed) or the rejected folder (rejected).</param>
/// <param name="Reason">The rejection code ("empty", "unsupported_format").</param>
/// <param name="Message">What is wrong, for people.</param>
/// <param name="Owner">The invocation holding the claim while processing.</param>
/// <param name="Attempts">How many times the article has been claimed for analysis: it travels with the claim in the
/// store, so it survives a process that dies during the analysis (poison articles end, see <see cref="IngestOptions.MaxAttempts"/>).</param>
/// <param name="LastError">What ended the previous attempt, when it did not finish.</param>
public sealed record ArticleIndexEntry(
    string Id,
    string Status,
    string Source,
    DateTimeOffset Since,
    string? Path = null,
    string? Reason = null,
    string? Message = null,
    string? Owner = null,
    int Attempts = 0,
    string? LastError = null);
