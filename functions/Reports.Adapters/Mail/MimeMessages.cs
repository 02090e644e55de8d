using MimeKit;
using Reports.Core.Delivery;

namespace Reports.Adapters.Mail;

/// <summary>
/// Turns an <see cref="OutgoingEmail"/> into a <see cref="MimeMessage"/>: multipart/mixed of (multipart/alternative of
/// text/plain and text/html, quoted-printable UTF-8) and the attachments (base64), extra headers as given.
/// </summary>
internal static class MimeMessages
{
    public static MimeMessage From(OutgoingEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(email.FromName ?? string.Empty, email.FromAddress));
        message.To.Add(MailboxAddress.Parse(ParserOptions.Default, email.To));
        message.Subject = email.Subject;
        message.MessageId = email.MessageId.Trim('<', '>');
        foreach (var (name, value) in email.Headers)
        {
            message.Headers.Add(name, value);
        }

        var alternative = new MultipartAlternative { Text("plain", email.TextBody), Text("html", email.HtmlBody) };
        if (email.Attachments.Count == 0)
        {
            message.Body = alternative;
            return message;
        }

        var mixed = new Multipart("mixed") { alternative };
        foreach (var file in email.Attachments)
        {
            mixed.Add(new MimePart(ContentType.Parse(file.ContentType))
            {
                Content = new MimeContent(new MemoryStream(file.Content.ToArray(), writable: false)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = file.FileName },
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = file.FileName,
            });
        }

        message.Body = mixed;
        return message;
    }

    private static TextPart Text(string subtype, string text)
    {
        var part = new TextPart(subtype) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText("utf-8", text);
        return part;
    }
}
