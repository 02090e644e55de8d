using System.Text;
using Reports.Adapters.Mail;
using Reports.Core.Delivery;
using Reports.Testing;

namespace Reports.Core.Tests.Delivery;

public sealed class BriefingEmailTests
{
    private readonly BriefingEmail sut = DeliverySamples.Composer();
    private readonly Subscriber alice = DeliverySamples.Subscriber("alice@example.org");

    [Fact]
    public void Compose_Subject_HasPeriodAndHeadlineNumbers()
    {
        var email = sut.Compose("daily-2026-03-27", DeliverySamples.Briefing(), DeliverySamples.Pdf, alice);

        Assert.Equal("Briefing 2026-03-26 – 2026-03-27: 12 killed, 45 drones launched", email.Subject);
    }

    [Fact]
    public void Compose_Headers_OfferOneClickUnsubscribeForThisSubscriber()
    {
        var email = sut.Compose("daily-2026-03-27", DeliverySamples.Briefing(), DeliverySamples.Pdf, alice);

        var link = DeliverySamples.Tokens.Link(DeliverySamples.BaseUrl, alice.Id).AbsoluteUri;
        Assert.Equal($"<{link}>", email.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith("https://reports.example.org/api/unsubscribe?s=" + alice.Id + "&t=", link, StringComparison.Ordinal);
        Assert.Contains(link, email.TextBody, StringComparison.Ordinal);
        Assert.Contains(link.Replace("&", "&amp;", StringComparison.Ordinal), email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Attachment_IsThePdfNamedByTheLastDay()
    {
        var email = sut.Compose("daily-2026-03-27", DeliverySamples.Briefing(), DeliverySamples.Pdf, alice);

        var attachment = Assert.Single(email.Attachments);
        Assert.Equal("briefing-2026-03-27.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(DeliverySamples.Pdf, attachment.Content.ToArray());
    }

    [Fact]
    public void Compose_MessageId_IsDeterministicPerBriefingAndSubscriber()
    {
        var bob = DeliverySamples.Subscriber("bob@example.org");
        var briefing = DeliverySamples.Briefing();

        var first = sut.Compose("daily-2026-03-27", briefing, DeliverySamples.Pdf, alice).MessageId;

        Assert.Equal(first, DeliverySamples.Composer().Compose("daily-2026-03-27", briefing, DeliverySamples.Pdf, alice).MessageId);
        Assert.Equal($"<daily-2026-03-27.{alice.Id}@reports.example.org>", first);
        Assert.NotEqual(first, sut.Compose("daily-2026-03-27", briefing, DeliverySamples.Pdf, bob).MessageId);
        Assert.NotEqual(first, sut.Compose("daily-2026-03-28", briefing, DeliverySamples.Pdf, alice).MessageId);
        Assert.Matches("^<h[0-9a-f]{24}\\.[0-9a-f]{32}@reports\\.example\\.org>$", sut.MessageId("odd id/with spaces", alice.Id));
    }

    [Fact]
    public void Compose_Html_EncodesTitlesAndShowsEachNumberWithItsSources()
    {
        var email = sut.Compose("daily-2026-03-27", DeliverySamples.Briefing(), DeliverySamples.Pdf, alice);

        Assert.Contains("Strike on &lt;Kharkiv&gt; &amp; suburbs", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<Kharkiv>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Удар по Харкову", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<strong>12 killed</strong>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("at least 12 — <span dir=\"auto\" lang=\"uk\">Удар по Харкову</span>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<td style=\"border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top\">Drones launched</td>", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Text_ListsTotalsAndEventsWithSources()
    {
        var email = sut.Compose("daily-2026-03-27", DeliverySamples.Briefing(), DeliverySamples.Pdf, alice);

        Assert.Contains("- Killed: 12 (range 12–∞; 1 event, 2 sources)", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("- 2026-03-27: 12 killed (range 12–∞)", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("    at least 12 — \"Strike on <Kharkiv> & suburbs\" (kyiv-post/a1.txt)", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("45 — \"Overnight drone attack\" (reuters/a3.txt)", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Events_PeopleFirstThenLargestAndAtMostFiveSourcesNamed()
    {
        var briefing = DeliverySamples.Briefing();
        var killed = briefing.Events[0];
        var manySources = Enumerable.Range(1, 8).Select(i => killed.Sources[0] with { Title = $"Report {i}" }).ToList();
        briefing = briefing with { Events = [briefing.Events[1], killed with { Sources = manySources }] };

        var email = sut.Compose("daily-2026-03-27", briefing, DeliverySamples.Pdf, alice);

        Assert.True(email.TextBody.IndexOf("12 killed", StringComparison.Ordinal) < email.TextBody.IndexOf("45 drones launched (range", StringComparison.Ordinal));
        Assert.Contains("\"Report 5\"", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Report 6\"", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("and 3 more sources (see the PDF)", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("and 3 more sources (see the PDF)", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_BreakdownEvent_IsNotAmongTopEvents()
    {
        var briefing = DeliverySamples.Briefing();
        var breakdown = briefing.Events[0] with { Headline = 2, Lower = 2, Upper = 2, Counted = false };
        briefing = briefing with { Events = [.. briefing.Events, breakdown] };

        var email = sut.Compose("daily-2026-03-27", briefing, DeliverySamples.Pdf, alice);

        Assert.DoesNotContain("2 killed", email.TextBody.Replace("12 killed", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_HttpBaseUrlOffLoopback_IsRefused()
    {
        var options = new BriefingEmailOptions { FromAddress = "b@reports.example.org", BaseUrl = new Uri("http://reports.example.org") };

        Assert.Throws<InvalidOperationException>(() => new BriefingEmail(options, DeliverySamples.Tokens));
    }

    [Fact]
    public async Task MimeMessages_From_WritesHeadersBodiesAndAttachmentAsMime()
    {
        var email = sut.Compose("daily-2026-03-27", DeliverySamples.Briefing(), DeliverySamples.Pdf, alice);
        using var buffer = new MemoryStream();

        using (var message = MimeMessages.From(email))
        {
            await message.WriteToAsync(buffer, TestContext.Token);
        }

        var mime = Encoding.UTF8.GetString(buffer.ToArray());
        using var parsed = MimeKit.MimeMessage.Load(new MemoryStream(buffer.ToArray()));
        Assert.Equal("multipart/mixed", parsed.Body!.ContentType.MimeType);
        Assert.Equal(email.TextBody, parsed.TextBody);
        Assert.Equal(email.HtmlBody, parsed.HtmlBody);
        var pdf = Assert.IsType<MimeKit.MimePart>(Assert.Single(parsed.Attachments));
        using var pdfBytes = new MemoryStream();
        await pdf.Content!.DecodeToAsync(pdfBytes, TestContext.Token);
        Assert.Equal(DeliverySamples.Pdf, pdfBytes.ToArray());
        Assert.Equal(email.MessageId, $"<{parsed.MessageId}>");
        Assert.Contains($"Message-ID: {email.MessageId}", mime, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(email.Headers["List-Unsubscribe"], parsed.Headers["List-Unsubscribe"]!.Replace("\r\n", string.Empty, StringComparison.Ordinal).Trim());
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", mime, StringComparison.Ordinal);
        Assert.Contains("multipart/alternative", mime, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/html; charset=utf-8", mime, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/pdf; name=briefing-2026-03-27.pdf", mime, StringComparison.Ordinal);
        Assert.Contains("Content-Disposition: attachment; filename=briefing-2026-03-27.pdf", mime, StringComparison.Ordinal);
        Assert.Contains(Convert.ToBase64String(DeliverySamples.Pdf)[..60], mime.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

/// <summary>The test's cancellation token (xUnit 2 has none of its own): a generous bound so a hang fails.</summary>
internal static class TestContext
{
    public static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;
}
