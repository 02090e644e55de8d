using System.Text;

namespace Reports.Core.Storage;

/// <summary>
/// The names both stores accept, so a name that works on the filesystem also works in Azure and back.
/// Containers follow Azure's rule (3–63 lowercase letters, digits and single hyphens). Blob names are 1–1024
/// characters of '/'-separated segments; each segment is non-empty, is not "." or "..", fits a file name
/// (at most <see cref="MaxSegmentBytes"/> UTF-8 bytes) and holds no backslash, control character or
/// character that Windows forbids in file names. Metadata names are C# identifiers; values printable ASCII.
/// </summary>
public static class BlobNames
{
    public const int MaxNameLength = 1024;

    /// <summary>A segment must leave room for the store's own file suffix within a 255-byte file name.</summary>
    public const int MaxSegmentBytes = 240;

    private const string ForbiddenCharacters = "\\:*?\"<>|";

    public static void ValidateContainer(string container)
    {
        ArgumentNullException.ThrowIfNull(container);
        if (container.Length is < 3 or > 63)
        {
            throw new ArgumentException($"Container name must be 3 to 63 characters long; it has {container.Length}.", nameof(container));
        }

        for (var i = 0; i < container.Length; i++)
        {
            var c = container[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && i > 0 && i < container.Length - 1 && container[i - 1] != '-');
            if (!ok)
            {
                throw new ArgumentException(
                    $"Container name '{container}' is invalid at position {i}: use lowercase letters, digits and single hyphens, starting and ending with a letter or digit.",
                    nameof(container));
            }
        }
    }

    public static void ValidateBlobName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new ArgumentException($"Blob name must be 1 to {MaxNameLength} characters long; it has {name.Length}.", nameof(name));
        }

        if (name[0] == '/')
        {
            throw new ArgumentException($"Blob name '{Shorten(name)}' must not start with '/' (absolute paths are not allowed).", nameof(name));
        }

        var start = 0;
        while (start <= name.Length)
        {
            var end = name.IndexOf('/', start);
            if (end < 0)
            {
                end = name.Length;
            }

            ValidateSegment(name, name.AsSpan(start, end - start));
            start = end + 1;
        }
    }

    /// <summary>Checks a prefix for listing: any start of a valid name (it may end with '/').</summary>
    public static void ValidatePrefix(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix))
        {
            return;
        }

        ValidateBlobName(prefix.EndsWith('/') ? prefix + "x" : prefix);
    }

    public static void ValidateMetadata(IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        foreach (var (key, value) in metadata)
        {
            if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] == '_') || !key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ArgumentException($"Metadata name '{key}' must be an identifier (ASCII letters, digits, '_', not starting with a digit).", nameof(metadata));
            }

            if (value.Any(c => c is < ' ' or > '~') || value != value.Trim())
            {
                throw new ArgumentException($"Metadata value for '{key}' must be printable ASCII without leading or trailing spaces.", nameof(metadata));
            }
        }
    }

    private static void ValidateSegment(string name, ReadOnlySpan<char> segment)
    {
        if (segment.IsEmpty)
        {
            throw new ArgumentException($"Blob name '{Shorten(name)}' has an empty segment (a leading, trailing or doubled '/').", nameof(name));
        }

        if (segment is "." or "..")
        {
            throw new ArgumentException($"Blob name '{Shorten(name)}' has a '{segment}' segment; relative paths are not allowed.", nameof(name));
        }

        foreach (var c in segment)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException($"Blob name '{Shorten(name)}' contains a control character (U+{(int)c:X4}).", nameof(name));
            }

            if (ForbiddenCharacters.Contains(c, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Blob name '{Shorten(name)}' contains '{c}'; backslashes and the characters \\ : * ? \" < > | are not allowed.", nameof(name));
            }
        }

        if (segment[^1] is '.' or ' ')
        {
            throw new ArgumentException($"Blob name '{Shorten(name)}' has a segment ending with '.' or a space.", nameof(name));
        }

        if (Encoding.UTF8.GetByteCount(segment) > MaxSegmentBytes)
        {
            throw new ArgumentException($"Blob name '{Shorten(name)}' has a segment longer than {MaxSegmentBytes} UTF-8 bytes.", nameof(name));
        }
    }

    private static string Shorten(string name) => name.Length <= 80 ? name : string.Concat(name.AsSpan(0, 77), "...");
}
