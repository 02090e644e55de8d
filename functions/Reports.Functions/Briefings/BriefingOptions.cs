using Microsoft.Extensions.Configuration;

namespace Reports.Functions.Briefings;

/// <summary>
/// Settings of the daily briefing and the ad hoc reports (flat keys, listed in <c>local.settings.sample.json</c> and
/// docs/functions.md). SMTP, the public base URL and the unsubscribe secret are read by
/// <see cref="Reports.Core.Delivery.DeliveryServices"/>.
/// </summary>
public sealed class BriefingOptions
{
    /// <summary>The default of <see cref="Schedule"/>: 06:00 UTC every day (NCRONTAB, six fields).</summary>
    public const string DefaultSchedule = "0 0 6 * * *";

    /// <summary>
    /// The DailyBriefing timer's NCRONTAB schedule (six fields, UTC), read by its function.json as
    /// <c>%ReportsBriefingSchedule%</c>. Default <see cref="DefaultSchedule"/>.
    /// </summary>
    [ConfigurationKeyName("ReportsBriefingSchedule")]
    public string Schedule { get; set; } = DefaultSchedule;

    /// <summary>How many days before the run's day a daily briefing covers. Default 1 (the previous UTC day).</summary>
    [ConfigurationKeyName("ReportsBriefingPeriodDays")]
    public int PeriodDays { get; set; } = 1;

    /// <summary>
    /// How many earlier briefings each run retries the failed emails of (only subscribers already in their ledger).
    /// Default 2.
    /// </summary>
    [ConfigurationKeyName("ReportsBriefingRetryDays")]
    public int RetryDays { get; set; } = 2;

    /// <summary>The longest period <c>GET /api/reports</c> accepts, in days. Default 366.</summary>
    [ConfigurationKeyName("ReportsReportMaxDays")]
    public int ReportMaxDays { get; set; } = 366;
}
