using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Reports.Core.Delivery;

/// <summary>
/// Turns an <see cref="OutgoingEmail"/> into a <see cref="MailMessage"/>: multipart/mixed of
/// (multipart/alternative of text/plain and text/html) and the attachments, UTF-8 throughout, extra headers as given.
/// </summary>
internal static class MailMessages
{
    public static MailMessage From(OutgoingEmail email)
    {
        var message = new MailMessage
        {
            From = new MailAddress(email.FromAddress, email.FromName, Encoding.UTF8),
            Subject = email.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = email.TextBody,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        try
        {
            message.To.Add(new MailAddress(email.To));
            var html = AlternateView.CreateAlternateViewFromString(email.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html);
            html.TransferEncoding = TransferEncoding.QuotedPrintable;
            message.AlternateViews.Add(html);
            foreach (var file in email.Attachments)
            {
                var attachment = new Attachment(new MemoryStream(file.Content.ToArray(), writable: false), file.FileName, file.ContentType);
                attachment.ContentDisposition!.FileName = file.FileName;
                attachment.ContentDisposition.Inline = false;
                message.Attachments.Add(attachment);
            }

            message.Headers["Message-ID"] = email.MessageId;
            foreach (var (name, value) in email.Headers)
            {
                message.Headers[name] = value;
            }

            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }
}
