using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Reports.Core.Delivery;

/// <summary>
/// Signed one-click unsubscribe tokens: HMAC-SHA256 over "reports-unsubscribe/v1\n" + subscriber id with the secret
/// from <c>ReportsUnsubscribeSecret</c>, as unpadded URL-safe base64 (43 characters). A token works only for the
/// subscriber it was made for; verification compares in constant time. The secret is never logged or shown by
/// <see cref="ToString"/>; rotating it invalidates the links in mail already sent.
/// </summary>
public sealed class UnsubscribeTokens
{
    public const string SecretSetting = "ReportsUnsubscribeSecret";
    public const int MinSecretBytes = 32;
    private const string Purpose = "reports-unsubscribe/v1\n";

    private readonly byte[] key;

    public UnsubscribeTokens(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || Encoding.UTF8.GetByteCount(secret) < MinSecretBytes)
        {
            throw new ArgumentException(
                $"The unsubscribe secret ({SecretSetting}) must be at least {MinSecretBytes} bytes; generate one with 'openssl rand -base64 48'.",
                nameof(secret));
        }

        key = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>Reads <c>ReportsUnsubscribeSecret</c> through a settings lookup; throws (without the value) when missing or short.</summary>
    public static UnsubscribeTokens From(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var secret = setting(SecretSetting);
        return string.IsNullOrWhiteSpace(secret)
            ? throw new InvalidOperationException($"{SecretSetting} is not set; unsubscribe links cannot be signed.")
            : new UnsubscribeTokens(secret);
    }

    public string Create(string subscriberId, string? generation = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(subscriberId);
        return Base64Url.EncodeToString(Mac(subscriberId, generation));
    }

    /// <summary>True only for the token <see cref="Create"/> makes for this subscriber id.</summary>
    public bool Verify(string? subscriberId, string? token, string? generation = null)
    {
        if (string.IsNullOrEmpty(subscriberId) || string.IsNullOrEmpty(token) || token.Length > 128)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[96];
        if (Base64Url.DecodeFromChars(token, given, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        // Only the canonical encoding is accepted (no padding, no trailing bits), so a token has one spelling.
        var expected = Mac(subscriberId, generation);
        return CryptographicOperations.FixedTimeEquals(given[..written], expected)
            && string.Equals(token, Base64Url.EncodeToString(expected), StringComparison.Ordinal);
    }

    /// <summary><c>{baseUrl}/api/unsubscribe?s={id}&amp;t={token}</c>.</summary>
    public Uri Link(Uri baseUrl, string subscriberId, string? generation = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var root = baseUrl.AbsoluteUri.TrimEnd('/');
        var bound = generation is null ? string.Empty : "&g=" + Uri.EscapeDataString(generation);
        return new Uri($"{root}/api/unsubscribe?s={Uri.EscapeDataString(subscriberId)}{bound}&t={Create(subscriberId, generation)}");
    }

    public override string ToString() => "UnsubscribeTokens { Secret = *** }";

    /// <summary>The MAC of the id, bound to the subscription (its generation) when there is one.</summary>
    private byte[] Mac(string subscriberId, string? generation) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Purpose + subscriberId + (generation is null ? string.Empty : "\n" + generation)));
}
