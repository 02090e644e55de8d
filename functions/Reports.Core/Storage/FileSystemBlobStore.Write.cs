using Reports.Core.Storage.FileSystem;

namespace Reports.Core.Storage;

public sealed partial class FileSystemBlobStore
{
    private static async Task PublishAsync(string temp, string path, BlobWriteOptions options, CancellationToken cancellationToken)
    {
        switch (options.Condition)
        {
            case BlobWriteCondition.IfNotExists:
                try
                {
                    // No-overwrite rename: link(2) on Unix fails atomically when the target exists.
                    File.Move(temp, path, overwrite: false);
                }
                catch (IOException) when (File.Exists(path))
                {
                    throw new BlobConditionFailedException($"Blob '{Path.GetFileName(path)}' already exists.");
                }

                break;
            case BlobWriteCondition.IfMatch:
                var current = await BlobFile.ReadHeaderAsync(path, cancellationToken).ConfigureAwait(false);
                if (current is null || !string.Equals(current.ETag, options.ETag, StringComparison.Ordinal))
                {
                    throw new BlobConditionFailedException(current is null
                        ? "The blob no longer exists."
                        : "The blob changed since it was read (ETag mismatch).");
                }

                File.Move(temp, path, overwrite: true);
                break;
            default:
                File.Move(temp, path, overwrite: true);
                break;
        }
    }

    private async Task<string> WriteTempAsync(string path, BlobFileHeader header, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path)!;
        for (var attempt = 1; ; attempt++)
        {
            var temp = Path.Combine(folder, "." + Guid.NewGuid().ToString("N") + BlobFile.TempSuffix);
            try
            {
                Directory.CreateDirectory(folder);
                await BlobFile.WriteAsync(temp, header, content, options.FlushToDisk, cancellationToken).ConfigureAwait(false);
                return temp;
            }
            catch (IOException) when (attempt < DirectoryRaceRetries)
            {
                // A delete pruned an empty folder while CreateDirectory walked down or before the write; .NET reports
                // that as DirectoryNotFound, FileNotFound or "already exists" depending on the moment. Create it
                // again (a lasting error, such as a full disk, fails the same way every time and is thrown).
                TryDelete(temp);
                await Task.Yield();
            }
            catch
            {
                TryDelete(temp);
                throw;
            }
        }
    }
}
