using Reports.Adapters.Mail;

namespace Reports.Core.Tests.Delivery;

public sealed class SmtpSettingsTests
{
    private static Func<string, string?> Settings(params (string Key, string Value)[] values)
    {
        var map = values.ToDictionary(v => v.Key, v => v.Value);
        return key => map.GetValueOrDefault(key);
    }

    [Fact]
    public void From_AllSettings_AreRead()
    {
        var sut = SmtpSettings.From(Settings(
            ("ReportsSmtp__Host", "smtp.example.org"), ("ReportsSmtp__Port", "2525"), ("ReportsSmtp__From", "briefings@example.org"),
            ("ReportsSmtp__User", "apikey"), ("ReportsSmtp__Password", "p4ssw0rd-secret"), ("ReportsSmtp__Tls", "none"), ("ReportsSmtp__TimeoutSeconds", "12")));

        Assert.Equal(("smtp.example.org", 2525, "briefings@example.org", "apikey", "p4ssw0rd-secret", SmtpTls.None, TimeSpan.FromSeconds(12)),
            (sut.Host, sut.Port, sut.FromAddress, sut.User, sut.Password, sut.Tls, sut.Timeout));
    }

    [Fact]
    public void From_Defaults_Are587WithStartTlsAnd30Seconds()
    {
        var sut = SmtpSettings.From(Settings(("ReportsSmtp:Host", "smtp.example.org"), ("ReportsSmtp:From", "b@example.org")));

        Assert.Equal((587, SmtpTls.StartTls, TimeSpan.FromSeconds(30), null), (sut.Port, sut.Tls, sut.Timeout, sut.User));
    }

    [Theory]
    [InlineData("ReportsSmtp__Host")]
    [InlineData("ReportsSmtp__From")]
    public void From_MissingRequired_NamesTheSetting(string missing)
    {
        var all = new[] { ("ReportsSmtp__Host", "smtp.example.org"), ("ReportsSmtp__From", "b@example.org") };

        var error = Assert.Throws<InvalidOperationException>(() => SmtpSettings.From(Settings(all.Where(s => s.Item1 != missing).ToArray())));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_BadPort_IsRefused() =>
        Assert.Throws<FormatException>(() => SmtpSettings.From(Settings(("ReportsSmtp__Host", "h"), ("ReportsSmtp__From", "b@example.org"), ("ReportsSmtp__Port", "70000"))));

    [Fact]
    public void From_UserWithoutPassword_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => SmtpSettings.From(Settings(("ReportsSmtp__Host", "h"), ("ReportsSmtp__From", "b@example.org"), ("ReportsSmtp__User", "u"))));

    [Fact]
    public void ToString_HidesThePassword()
    {
        var sut = new SmtpSettings { Host = "h", FromAddress = "b@example.org", User = "u", Password = "p4ssw0rd-secret" };

        Assert.DoesNotContain("p4ssw0rd-secret", sut.ToString(), StringComparison.Ordinal);
        Assert.Contains("Password = ***", sut.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void From_ImplicitTls_DefaultsToPort465()
    {
        var sut = SmtpSettings.From(Settings(("ReportsSmtp__Host", "smtp.example.org"), ("ReportsSmtp__From", "b@example.org"), ("ReportsSmtp__Tls", "Implicit")));

        Assert.Equal((465, SmtpTls.Implicit), (sut.Port, sut.Tls));
    }

    [Fact]
    public void From_UnknownTlsMode_IsRefusedNamingTheSetting()
    {
        var error = Assert.Throws<FormatException>(() => SmtpSettings.From(Settings(("ReportsSmtp__Host", "h"), ("ReportsSmtp__From", "b@example.org"), ("ReportsSmtp__Tls", "yes"))));

        Assert.Contains("ReportsSmtp__Tls", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_OldEnableSslSetting_IsRefusedNamingItsReplacement()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SmtpSettings.From(Settings(("ReportsSmtp__Host", "h"), ("ReportsSmtp__From", "b@example.org"), ("ReportsSmtp__EnableSsl", "false"))));

        Assert.Contains("ReportsSmtp__Tls", error.Message, StringComparison.Ordinal);
    }
}
