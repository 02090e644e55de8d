using Reports.Core.Aggregation;

namespace Reports.Functions.Briefings;

/// <summary>A daily briefing as stored in the <c>briefings</c> container: its id, period and PDF bytes.</summary>
internal sealed record StoredBriefing(string Id, Period Period, string PdfName, ReadOnlyMemory<byte> Pdf, bool Created);
