namespace Reports.Core.Ingestion;

/// <summary>One article's state.</summary>
/// <param name="ArticleId">The article id.</param>
/// <param name="Status">pending, analyzed or rejected.</param>
/// <param name="Source">The blob name it was first seen under.</param>
/// <param name="Reason">The rejection code, when rejected.</param>
/// <param name="Message">What is wrong, for people, when rejected.</param>
/// <param name="Analysis">The stored document when analysed.</param>
/// <param name="Attempts">Analyses of the article started so far (for an article rejected as analysis_failed, the
/// attempts that did not finish).</param>
/// <param name="LastError">What ended the last attempt that did not finish, if any.</param>
public sealed record ArticleView(string ArticleId, string Status, string Source, string? Reason, string? Message, ReadOnlyMemory<byte>? Analysis, int Attempts = 0, string? LastError = null);
