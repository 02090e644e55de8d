using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Core.Storage;

namespace Reports.Core.Delivery;

/// <summary>
/// Everything the function app needs for email delivery, built from its settings in one call (see docs/delivery.md):
/// <c>ReportsSmtp__*</c>, <c>ReportsPublicBaseUrl</c>, <c>ReportsUnsubscribeSecret</c>. Missing or invalid settings
/// throw at start-up with the setting's name (never its value).
/// </summary>
public sealed record DeliveryServices(
    SubscriberStore Subscribers,
    UnsubscribeService Unsubscribe,
    BriefingDelivery Delivery,
    DeliveryLedger Ledger)
{
    /// <param name="setting">A settings lookup: <c>key =&gt; configuration[key]</c> or <c>Environment.GetEnvironmentVariable</c>.</param>
    /// <param name="store">The app's blob store (containers <c>subscribers</c> and <c>deliveries</c>).</param>
    /// <param name="sender">The mail sender (the SMTP adapter in Reports.Adapters, a recording one in tests).</param>
    /// <param name="time">The clock; TimeProvider.System in production.</param>
    /// <param name="loggers">Optional logger factory.</param>
    /// <param name="options">Claim lease, attempts, backoff, parallelism; defaults when null.</param>
    public static DeliveryServices Create(
        Func<string, string?> setting,
        IBlobStore store,
        IMailSender sender,
        TimeProvider? time = null,
        ILoggerFactory? loggers = null,
        DeliveryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(sender);
        loggers ??= NullLoggerFactory.Instance;
        options ??= new DeliveryOptions();
        var tokens = UnsubscribeTokens.From(setting);
        var subscribers = new SubscriberStore(store, time, loggers.CreateLogger<SubscriberStore>());
        var composer = new BriefingEmail(BriefingEmailOptions.From(setting), tokens);
        var ledger = new DeliveryLedger(store, options, time, loggers.CreateLogger<DeliveryLedger>());
        return new DeliveryServices(
            subscribers,
            new UnsubscribeService(tokens, subscribers, loggers.CreateLogger<UnsubscribeService>()),
            new BriefingDelivery(ledger, composer, sender, options, loggers.CreateLogger<BriefingDelivery>()),
            ledger);
    }

    /// <summary>Creates the <c>subscribers</c> and <c>deliveries</c> containers (idempotent; call at start-up).</summary>
    public async Task EnsureContainersAsync(CancellationToken cancellationToken)
    {
        await Subscribers.EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        await Ledger.EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
    }
}
