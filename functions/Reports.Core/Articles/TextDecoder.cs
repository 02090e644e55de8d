using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Reports.Core.Articles;

/// <summary>
/// Turns the bytes of a text file into a string: a BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) wins; otherwise strict UTF-8;
/// otherwise, when the bytes are UTF-8 with a few invalid sequences (no more than <see cref="MaxRepairs"/>, or fewer
/// than its valid multi-byte characters), UTF-8 with each invalid sequence replaced by U+FFFD and a warning; otherwise a
/// legacy code page when <see cref="LegacyEncodingDetector"/> can tell it reliably; otherwise a clear refusal. (English
/// with two stray bytes is UTF-8 with two replacement characters, never a Vietnamese code page.)
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Invalid UTF-8 sequences repaired in text that is otherwise plain ASCII.</summary>
    public const int MaxRepairs = 3;

    private static readonly UTF8Encoding RepairingUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, fallback: null);

    /// <summary>Decodes; <paramref name="fallback"/> (a declared charset) is tried before guessing when the bytes are not UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? fallback) => Decode(bytes, fallback, warnings: null);

    /// <summary>Decodes, adding to <paramref name="warnings"/> what had to be repaired.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? fallback, List<string>? warnings)
    {
        if (TryDecodeWithBom(bytes, out var text))
        {
            return CheckText(text);
        }

        CheckNoNul(bytes);
        if (TryDecodeUtf8(bytes, out text, out var badOffset))
        {
            return CheckText(text);
        }

        var (valid, invalid) = CountUtf8(bytes);
        if (valid == 0 && invalid <= MaxRepairs && TypographyOnly1252(bytes) is { } typography)
        {
            // Word's curly quotes and dashes saved as windows-1252: the only non-ASCII bytes read as punctuation there.
            return CheckText(typography);
        }

        if (invalid <= MaxRepairs || valid > invalid || (fallback is not null && IsUtf8(fallback)))
        {
            warnings?.Add(string.Create(CultureInfo.InvariantCulture, $"{invalid} invalid UTF-8 byte sequence{(invalid == 1 ? "" : "s")} (the first at byte {badOffset}) replaced with U+FFFD; the rest of the text is UTF-8."));
            return CheckText(RepairingUtf8.GetString(bytes));
        }

        if (fallback is not null && !IsUtf8(fallback))
        {
            return CheckText(fallback.GetString(bytes));
        }

        if (LegacyEncodingDetector.TryDecode(bytes, out text, out _))
        {
            return CheckText(text);
        }

        throw new ArticleRejectedException(
            RejectionReason.Encoding,
            $"text is not valid UTF-8 (bad byte 0x{bytes[badOffset]:X2} at offset {badOffset.ToString(CultureInfo.InvariantCulture)}) and its legacy encoding could not be told apart reliably; save the file as UTF-8 and try again.");
    }

    /// <summary>True when the bytes start with a Unicode byte-order mark.</summary>
    public static bool TryDecodeWithBom(ReadOnlySpan<byte> bytes, out string text)
    {
        Encoding? encoding = null;
        var bom = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            (encoding, bom) = (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            (encoding, bom) = (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (encoding, bom) = (StrictUtf8, 3);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (encoding, bom) = (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (encoding, bom) = (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (encoding is null)
        {
            text = string.Empty;
            return false;
        }

        try
        {
            text = encoding.GetString(bytes[bom..]);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleRejectedException(
                RejectionReason.Encoding,
                $"text starts with a {encoding.WebName} byte-order mark but holds invalid {encoding.WebName} bytes; re-save the file as UTF-8.",
                e);
        }
    }

    public static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text, out int badOffset)
    {
        if (Utf8.IsValid(bytes))
        {
            text = StrictUtf8.GetString(bytes);
            badOffset = -1;
            return true;
        }

        text = string.Empty;
        badOffset = FirstInvalidUtf8(bytes);
        return false;
    }

    /// <summary>NUL bytes never occur in UTF-8 or legacy text; UTF-16/32 need a BOM.</summary>
    public static void CheckNoNul(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ArticleRejectedException(
                RejectionReason.Binary,
                $"file looks binary (NUL byte at offset {nul.ToString(CultureInfo.InvariantCulture)}), not text; if it is UTF-16 text, save it with a byte-order mark or as UTF-8.");
        }
    }

    /// <summary>Rejects decoded text that is mostly control characters (binary data that happened to decode).</summary>
    public static string CheckText(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                throw new ArticleRejectedException(RejectionReason.Binary, "file looks binary (it holds NUL characters), not text.");
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))
            {
                controls++;
            }
        }

        if (controls > Math.Max(4, text.Length / 100))
        {
            throw new ArticleRejectedException(
                RejectionReason.Binary,
                $"file looks binary ({controls.ToString(CultureInfo.InvariantCulture)} control characters in {text.Length.ToString(CultureInfo.InvariantCulture)}), not text.");
        }

        return text;
    }

    /// <summary>Finds an encoding by its web name ("windows-1256", "utf-8"), legacy code pages included.</summary>
    public static Encoding? Find(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsUtf8(Encoding encoding) => encoding.CodePage == Encoding.UTF8.CodePage;

    /// <summary>The bytes as windows-1252 when every non-ASCII character that gives is typography (quotes, dashes, ellipsis, no-break space), else null.</summary>
    private static string? TypographyOnly1252(ReadOnlySpan<byte> bytes)
    {
        var text = Find("windows-1252")?.GetString(bytes);
        return text is not null && text.All(c => c < 0x80 || c is '\u00A0' or '\u00AB' or '\u00BB' or (>= '\u2010' and <= '\u2026') or '\u2039' or '\u203A') ? text : null;
    }

    /// <summary>Valid multi-byte UTF-8 characters and invalid sequences in the bytes.</summary>
    internal static (int Valid, int Invalid) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            bytes = bytes[ascii..];
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(1, consumed)..];
        }

        return (valid, invalid);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : Math.Min(read, bytes.Length - 1);
    }
}
