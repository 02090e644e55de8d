using System.Security.Cryptography;
using System.Text;

namespace Reports.Core.Delivery;

/// <summary>
/// Subscriber ids: the first 128 bits of SHA-256 over the normalised, lower-cased address, as hex. One address is one
/// subscriber (subscribing twice is idempotent) and the id, which appears in unsubscribe links and ledger names,
/// does not show the address.
/// </summary>
public static class SubscriberIds
{
    public const int Length = 32;

    public static string For(string normalizedEmail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(normalizedEmail);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail.ToLowerInvariant()));
        return Convert.ToHexStringLower(hash.AsSpan(0, Length / 2));
    }

    /// <summary>True for 32 lowercase hex digits (what <see cref="For"/> makes); anything else is refused early.</summary>
    public static bool IsValid(string? id) => id is { Length: Length } && id.All(char.IsAsciiHexDigitLower);
}
