namespace Reports.Core.Delivery;

/// <summary>
/// One composed email, independent of how it is sent: a plain-text body with an HTML alternative, attachments and
/// extra headers (List-Unsubscribe, ...). <see cref="MessageId"/> includes its angle brackets.
/// </summary>
public sealed record OutgoingEmail(
    string MessageId,
    string FromAddress,
    string? FromName,
    string To,
    string Subject,
    string TextBody,
    string HtmlBody,
    IReadOnlyList<EmailAttachment> Attachments,
    IReadOnlyDictionary<string, string> Headers);

/// <summary>A file attached to an email.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
