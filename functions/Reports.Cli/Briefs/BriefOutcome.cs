using Reports.Core.Briefings;

namespace Reports.Cli.Briefs;

/// <summary>The briefing written, and the inputs that could not be analysed (each "source: reason").</summary>
internal sealed record BriefOutcome(Briefing Briefing, IReadOnlyList<string> Failures);
