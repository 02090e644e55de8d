using Reports.Adapters.Mail;
using Reports.Core.Delivery;
using Reports.Core.Storage;

namespace Reports.Functions.Delivery;

/// <summary>
/// Email delivery built from the app settings on first use (<see cref="SmtpDelivery.Create"/>: SMTP through MailKit): the app starts
/// without SMTP settings, and only the functions that need them fail, with the missing setting's name (never a value).
/// The unsubscribe endpoint needs only <c>ReportsUnsubscribeSecret</c>.
/// </summary>
internal sealed class DeliverySetup
{
    private readonly Lazy<DeliveryServices> services;
    private readonly Lazy<UnsubscribeTokens> tokens;
    private readonly Lazy<UnsubscribeService> unsubscribe;

    public DeliverySetup(IConfiguration configuration, IBlobStore store, SubscriberStore subscribers, TimeProvider time, ILoggerFactory loggers, IMailSender? sender = null)
    {
        Func<string, string?> setting = key => configuration[key];
        services = new Lazy<DeliveryServices>(() => sender is null
            ? SmtpDelivery.Create(setting, store, time, loggers)
            : DeliveryServices.Create(setting, store, sender, time, loggers));
        tokens = new Lazy<UnsubscribeTokens>(() => UnsubscribeTokens.From(setting));
        unsubscribe = new Lazy<UnsubscribeService>(() => new UnsubscribeService(tokens.Value, subscribers, loggers.CreateLogger<UnsubscribeService>()));
    }

    /// <summary>Subscribers, ledger and sender; throws <see cref="InvalidOperationException"/> naming a missing setting.</summary>
    public DeliveryServices Services => services.Value;

    /// <summary>The link signer; throws naming <c>ReportsUnsubscribeSecret</c> when it is missing or short.</summary>
    public UnsubscribeTokens Tokens => tokens.Value;

    /// <summary>The unsubscribe check; throws naming <c>ReportsUnsubscribeSecret</c> when it is missing or short.</summary>
    public UnsubscribeService Unsubscribe => unsubscribe.Value;
}
