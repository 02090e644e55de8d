using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Core.Delivery;
using Reports.Core.Storage;

namespace Reports.Adapters.Mail;

/// <summary>Email delivery over SMTP (MailKit), built from the app settings in one call (see docs/delivery.md).</summary>
public static class SmtpDelivery
{
    /// <summary>
    /// Reads <c>ReportsSmtp__*</c>, builds the <see cref="MailKitSender"/> and the delivery services. Refuses a claim
    /// lease that a run's queued sends could outlast: the run's messages share one connection, so a claimed message
    /// may wait for the <see cref="DeliveryOptions.MaxParallelSends"/> − 1 before it, each bounded by the timeout.
    /// </summary>
    public static DeliveryServices Create(
        Func<string, string?> setting,
        IBlobStore store,
        TimeProvider? time = null,
        ILoggerFactory? loggers = null,
        DeliveryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(setting);
        loggers ??= NullLoggerFactory.Instance;
        options ??= new DeliveryOptions();
        var smtp = SmtpSettings.From(setting);
        var worstSend = smtp.Timeout * (2 * options.MaxParallelSends);
        if (options.ClaimLease < worstSend)
        {
            throw new InvalidOperationException(
                $"The claim lease ({options.ClaimLease.TotalSeconds:0} s) must be at least {2 * options.MaxParallelSends} times {SmtpSettings.Prefix}__TimeoutSeconds ({smtp.Timeout.TotalSeconds:0} s), or a slow send could be taken over and sent twice.");
        }

        return DeliveryServices.Create(setting, store, new MailKitSender(smtp, loggers.CreateLogger<MailKitSender>()), time, loggers, options);
    }
}
