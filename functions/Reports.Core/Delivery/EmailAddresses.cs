using System.Globalization;
using System.Net.Mail;

namespace Reports.Core.Delivery;

/// <summary>
/// Validates subscriber addresses: a bare address (no display name, no angle brackets) that
/// <see cref="MailAddress"/> parses to itself, at most 254 characters with a local part of at most 64 (RFC 5321),
/// no whitespace or control characters, no quoted local part, and a domain with a dot and DNS-shaped labels
/// (or an internationalised one, which is kept as typed). The domain is lower-cased; the local part is kept.
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;
    public const int MaxLocalPartLength = 64;
    public const int MaxLabelLength = 63;

    /// <summary>The normalised address, or throws <see cref="InvalidEmailAddressException"/> saying what is wrong.</summary>
    public static string Normalize(string? input) =>
        TryNormalize(input, out var normalized, out var error) ? normalized : throw new InvalidEmailAddressException(error);

    public static bool TryNormalize(string? input, out string normalized, out string error)
    {
        normalized = string.Empty;
        error = Check(input?.Trim()) ?? string.Empty;
        if (error.Length > 0)
        {
            return false;
        }

        var address = input!.Trim();
        var at = address.LastIndexOf('@');
        normalized = string.Concat(address.AsSpan(0, at + 1), address[(at + 1)..].ToLowerInvariant());
        return true;
    }

    private static string? Check(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return "The email address is empty.";
        }

        if (address.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The email address is {address.Length} characters long; at most {MaxLength} are allowed.");
        }

        if (address.Contains('"', StringComparison.Ordinal) || address.Contains('<', StringComparison.Ordinal) || address.Contains('>', StringComparison.Ordinal))
        {
            return "Give the bare address (name@example.org), without a display name, quotes or angle brackets.";
        }

        if (address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "The email address contains whitespace or a control character.";
        }

        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || address.IndexOf('@') != at)
        {
            return "The email address must have exactly one '@' with text on both sides (name@example.org).";
        }

        if (at > MaxLocalPartLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The part before '@' is {at} characters long; at most {MaxLocalPartLength} are allowed.");
        }

        if (CheckDomain(address[(at + 1)..]) is { } domainError)
        {
            return domainError;
        }

        if (!MailAddress.TryCreate(address, out var parsed) || !string.Equals(parsed.Address, address, StringComparison.Ordinal) || parsed.DisplayName.Length > 0)
        {
            return "The email address is not valid.";
        }

        return null;
    }

    private static string? CheckDomain(string domain)
    {
        if (domain.StartsWith('['))
        {
            return "Addresses at an IP literal ([192.0.2.1]) are not accepted; use a domain name.";
        }

        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return $"The domain '{domain}' has no dot; use a full domain such as example.org.";
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > MaxLabelLength)
            {
                return $"The domain '{domain}' has an empty or over-long ({MaxLabelLength}+ characters) label.";
            }

            if (label[0] == '-' || label[^1] == '-' || !label.All(c => char.IsLetterOrDigit(c) || c == '-'))
            {
                return $"The domain '{domain}' may hold only letters, digits and inner hyphens between its dots.";
            }
        }

        return labels[^1].All(char.IsAsciiDigit) ? $"The domain '{domain}' ends in a number; use a domain name." : null;
    }
}
