using Reports.Core.Delivery;

namespace Reports.Core.Tests.Delivery;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("alice@example.org", "alice@example.org")]
    [InlineData("  Alice.Smith+news@Example.ORG ", "Alice.Smith+news@example.org")]
    [InlineData("o'brien@mail.example.co.uk", "o'brien@mail.example.co.uk")]
    [InlineData("user@пример.рф", "user@пример.рф")]
    public void Normalize_ValidAddress_TrimsAndLowerCasesTheDomain(string input, string expected) =>
        Assert.Equal(expected, EmailAddresses.Normalize(input));

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("alice", "exactly one '@'")]
    [InlineData("@example.org", "exactly one '@'")]
    [InlineData("alice@", "exactly one '@'")]
    [InlineData("a@b@example.org", "exactly one '@'")]
    [InlineData("alice@localhost", "no dot")]
    [InlineData("alice@exa_mple.org", "letters, digits")]
    [InlineData("alice@-example.org", "letters, digits")]
    [InlineData("alice@example..org", "empty or over-long")]
    [InlineData("alice@[192.0.2.1]", "IP literal")]
    [InlineData("alice@192.0.2.1", "ends in a number")]
    [InlineData("Alice <alice@example.org>", "bare address")]
    [InlineData("\"a b\"@example.org", "bare address")]
    [InlineData("al ice@example.org", "whitespace")]
    [InlineData("alice\n@example.org", "whitespace")]
    [InlineData("alice..smith@example.org", "not valid")]
    public void Normalize_InvalidAddress_ThrowsWithTheReason(string? input, string reason)
    {
        var error = Assert.Throws<InvalidEmailAddressException>(() => EmailAddresses.Normalize(input));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_TooLong_NamesTheLimits()
    {
        var longLocal = new string('a', 65) + "@example.org";
        var longTotal = "a@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".org";

        Assert.Contains("at most 64", Assert.Throws<InvalidEmailAddressException>(() => EmailAddresses.Normalize(longLocal)).Message, StringComparison.Ordinal);
        Assert.Contains("at most 254", Assert.Throws<InvalidEmailAddressException>(() => EmailAddresses.Normalize(longTotal)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryNormalize_Invalid_ReturnsFalseWithTheError()
    {
        Assert.False(EmailAddresses.TryNormalize("nope", out var normalized, out var error));
        Assert.Equal(string.Empty, normalized);
        Assert.NotEmpty(error);
    }
}
