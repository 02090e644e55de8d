using System.Buffers.Binary;
using System.Text.Json;

namespace Reports.Core.Storage.FileSystem;

/// <summary>
/// One blob = one file: "RBL1", the header's length (int32, little-endian), the header as UTF-8 JSON, then the
/// blob's bytes. Properties and content live in one file so that one atomic rename publishes both: no crash can
/// pair new bytes with an old ETag.
/// </summary>
internal static class BlobFile
{
    public const string Suffix = ".blob";
    public const string TempSuffix = ".tmp";

    private const int MaxHeaderBytes = 1 << 20;
    private static readonly byte[] Magic = "RBL1"u8.ToArray();

    public static async Task WriteAsync(string path, BlobFileHeader header, ReadOnlyMemory<byte> content, bool flushToDisk, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(header, BlobFileJsonContext.Default.BlobFileHeader);
        var prefix = new byte[8];
        Magic.CopyTo(prefix, 0);
        BinaryPrimitives.WriteInt32LittleEndian(prefix.AsSpan(4), json.Length);
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous);
        stream.SetLength(prefix.Length + json.Length + content.Length);
        await stream.WriteAsync(prefix, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(json, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
        if (flushToDisk)
        {
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>The header, or null when the file is gone.</summary>
    public static async Task<BlobFileHeader?> ReadHeaderAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = OpenRead(path);
        return stream is null ? null : await ReadHeaderAsync(stream, path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The header and the bytes, or null when the file is gone.</summary>
    public static async Task<(BlobFileHeader Header, ReadOnlyMemory<byte> Content)?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = OpenRead(path);
        if (stream is null)
        {
            return null;
        }

        var header = await ReadHeaderAsync(stream, path, cancellationToken).ConfigureAwait(false);
        var content = new byte[header.Length];
        await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
        return (header, content);
    }

    private static FileStream? OpenRead(string path)
    {
        try
        {
            // Share everything: a writer may rename a new version over this path while it is open.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static async Task<BlobFileHeader> ReadHeaderAsync(FileStream stream, string path, CancellationToken cancellationToken)
    {
        var prefix = new byte[8];
        var read = await stream.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        var length = read == prefix.Length ? BinaryPrimitives.ReadInt32LittleEndian(prefix.AsSpan(4)) : -1;
        if (!prefix.AsSpan(0, 4).SequenceEqual(Magic) || length is <= 0 or > MaxHeaderBytes)
        {
            throw Corrupt(path);
        }

        var json = new byte[length];
        await stream.ReadExactlyAsync(json, cancellationToken).ConfigureAwait(false);
        var header = JsonSerializer.Deserialize(json, BlobFileJsonContext.Default.BlobFileHeader) ?? throw Corrupt(path);
        if (stream.Length != prefix.Length + length + header.Length)
        {
            throw Corrupt(path);
        }

        return header;
    }

    private static InvalidDataException Corrupt(string path) =>
        new($"Blob file '{path}' is not a Reports blob file or is truncated.");
}
