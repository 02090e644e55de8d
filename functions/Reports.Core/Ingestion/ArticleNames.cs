using System.Text;
using Reports.Core.Storage;

namespace Reports.Core.Ingestion;

/// <summary>
/// Checks and tidies article names given by uploaders: NFC, forward slashes, no empty, "." or ".." segments, no
/// control or reserved characters, bounded lengths. A name is refused rather than guessed at.
/// </summary>
public static class ArticleNames
{
    public const int MaxLength = 255;

    public const int MaxSegmentLength = 120;

    public const int MaxSegments = 8;

    private const string Reserved = "<>:\"|?*";

    /// <summary>The tidy name, or false with what is wrong.</summary>
    public static bool TrySanitize(string? raw, out string name, out string error)
    {
        name = string.Empty;
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = "an article name is required (?name= or the X-Article-Name header), such as 'kyiv-2025-03-27.txt'.";
            return false;
        }

        var text = raw.Trim().Normalize(NormalizationForm.FormC).Replace('\\', '/');
        foreach (var c in text)
        {
            if (char.IsControl(c) || Reserved.Contains(c, StringComparison.Ordinal))
            {
                error = $"the name holds a character that is not allowed (U+{(int)c:X4}); use letters, digits, '-', '_', '.', ' ' and '/'.";
                return false;
            }
        }

        var segments = text.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length == 0)
        {
            error = "the name has no file name in it.";
            return false;
        }

        if (segments.Any(s => s is "." or ".."))
        {
            error = "the name may not hold '.' or '..' segments.";
            return false;
        }

        if (segments.Length > MaxSegments || segments.Any(s => s.Length > MaxSegmentLength))
        {
            error = $"the name is too deep or a part is too long (at most {MaxSegments} parts of {MaxSegmentLength} characters).";
            return false;
        }

        var joined = string.Join('/', segments.Select(s => s.TrimEnd('.')));
        if (joined.Length > MaxLength || joined.Split('/').Any(s => s.Length == 0))
        {
            error = joined.Length > MaxLength
                ? $"the name is {joined.Length} characters long; at most {MaxLength} are allowed."
                : "a part of the name is only dots.";
            return false;
        }

        // The same rules the stores apply, checked here once, so a name no store can hold is a 400, never a 500.
        var parts = joined.Split('/');
        if (parts[..^1].Any(p => p.EndsWith(Storage.FileSystem.BlobFile.Suffix, StringComparison.OrdinalIgnoreCase)))
        {
            error = $"a folder in the name may not end with '{Storage.FileSystem.BlobFile.Suffix}' (the local store's file suffix); rename it.";
            return false;
        }

        if (parts.FirstOrDefault(p => Encoding.UTF8.GetByteCount(p) > BlobNames.MaxSegmentBytes) is { } tooLong)
        {
            error = $"a part of the name is {Encoding.UTF8.GetByteCount(tooLong)} bytes in UTF-8 ({tooLong.Length} characters); at most {BlobNames.MaxSegmentBytes} bytes are allowed (about 80 characters of Chinese or Japanese).";
            return false;
        }

        try
        {
            BlobNames.ValidateBlobName(joined);
        }
        catch (ArgumentException e)
        {
            error = "the store cannot hold this name: " + e.Message;
            return false;
        }

        name = joined;
        error = string.Empty;
        return true;
    }

    /// <summary>A safe file extension for a stored copy ("" when the name has none worth keeping).</summary>
    public static string SafeExtension(string name)
    {
        var extension = Path.GetExtension(name ?? string.Empty).ToLowerInvariant();
        return extension.Length is > 1 and <= 10 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension : string.Empty;
    }
}
