using System.Runtime.CompilerServices;

using Reports.Core.Storage.FileSystem;

namespace Reports.Core.Storage;

/// <summary>
/// The embedded store: a data folder with one subfolder per container; a blob "a/b/c.json" is the file
/// "container/a/b/c.json.blob" (see <see cref="BlobFile"/> for its format). Writes go to a temp file in the
/// blob's folder and are published by one rename; writers of one blob are serialised by <see cref="StripedFileLock"/>,
/// and create-only writes also publish with a no-overwrite rename, so two creators can never both win.
/// Readers take no lock: they see the old or the new file, whole.
/// </summary>
public sealed partial class FileSystemBlobStore : IBlobStore
{
    private const string DefaultContentType = "application/octet-stream";
    private const int DirectoryRaceRetries = 20;

    private readonly string root;
    private readonly FileSystemBlobStoreOptions options;
    private readonly TimeProvider time;
    private readonly StripedFileLock locks;

    public FileSystemBlobStore(FileSystemBlobStoreOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.RootPath);
        this.options = options;
        time = timeProvider ?? TimeProvider.System;
        root = Path.GetFullPath(options.RootPath);
        locks = new StripedFileLock(Path.Combine(root, ".locks"), options.LockTimeout, time);
    }

    /// <summary>The data folder, as a full path.</summary>
    public string RootPath => root;

    public Task EnsureContainerAsync(string container, CancellationToken cancellationToken)
    {
        BlobNames.ValidateContainer(container);
        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(ContainerPath(container));
        return Task.CompletedTask;
    }

    public async Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken)
    {
        var path = BlobPath(container, name);
        cancellationToken.ThrowIfCancellationRequested();
        var header = await BlobFile.ReadHeaderAsync(path, cancellationToken).ConfigureAwait(false);
        return header?.ToItem(container, name);
    }

    public async Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken)
    {
        var path = BlobPath(container, name);
        cancellationToken.ThrowIfCancellationRequested();
        var read = await BlobFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        return read is { } found ? new BlobContent(found.Header.ToItem(container, name), found.Content) : null;
    }

    public async Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = BlobPath(container, name);
        BlobNames.ValidateMetadata(options.Metadata);
        if (options.Condition == BlobWriteCondition.IfMatch && string.IsNullOrEmpty(options.ETag))
        {
            throw new ArgumentException("An IfMatch write needs the ETag it expects.", nameof(options));
        }

        cancellationToken.ThrowIfCancellationRequested();
        RequireContainer(container);
        var header = new BlobFileHeader(
            Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
            time.GetUtcNow(),
            options.ContentType ?? DefaultContentType,
            content.Length,
            options.Metadata is null ? [] : new Dictionary<string, string>(options.Metadata, StringComparer.Ordinal));
        var temp = await WriteTempAsync(path, header, content, cancellationToken).ConfigureAwait(false);
        try
        {
            using (await locks.AcquireAsync(LockKey(container, name), cancellationToken).ConfigureAwait(false))
            {
                await PublishAsync(temp, path, options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        return header.ToItem(container, name);
    }

    public async Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken)
    {
        var path = BlobPath(container, name);
        cancellationToken.ThrowIfCancellationRequested();
        using (await locks.AcquireAsync(LockKey(container, name), cancellationToken).ConfigureAwait(false))
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
        }

        PruneEmptyFolders(Path.GetDirectoryName(path)!, ContainerPath(container));
        return true;
    }

    public async Task<bool> DeleteIfMatchAsync(string container, string name, string etag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        var path = BlobPath(container, name);
        cancellationToken.ThrowIfCancellationRequested();
        using (await locks.AcquireAsync(LockKey(container, name), cancellationToken).ConfigureAwait(false))
        {
            // Writers of this blob hold the same lock, so the ETag cannot change between the check and the delete.
            var header = await BlobFile.ReadHeaderAsync(path, cancellationToken).ConfigureAwait(false);
            if (header is null || !string.Equals(header.ETag, etag.Trim('"'), StringComparison.Ordinal))
            {
                return false;
            }

            File.Delete(path);
        }

        PruneEmptyFolders(Path.GetDirectoryName(path)!, ContainerPath(container));
        return true;
    }

    public async IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidatePrefix(prefix);
        foreach (var (path, name) in Walk(ContainerPath(container), prefix ?? string.Empty, cancellationToken))
        {
            BlobFileHeader? header;
            try
            {
                header = await BlobFile.ReadHeaderAsync(path!, cancellationToken).ConfigureAwait(false);
            }
            catch (UnauthorizedAccessException)
            {
                header = null;
            }

            if (header is not null)
            {
                yield return header.ToItem(container, name);
            }
        }
    }

    /// <summary>The names alone, from the folder listing: no blob file is opened.</summary>
    public async IAsyncEnumerable<string> ListNamesAsync(string container, string? prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidatePrefix(prefix);
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var (_, name) in Walk(ContainerPath(container), prefix ?? string.Empty, cancellationToken, withPaths: false))
        {
            yield return name;
        }
    }

    private void RequireContainer(string container)
    {
        if (!Directory.Exists(ContainerPath(container)))
        {
            throw new InvalidOperationException($"Container '{container}' does not exist; call EnsureContainerAsync first.");
        }
    }

    private static void PruneEmptyFolders(string folder, string containerPath)
    {
        while (folder.Length > containerPath.Length && folder.StartsWith(containerPath, StringComparison.Ordinal))
        {
            try
            {
                Directory.Delete(folder, recursive: false);
            }
            catch (IOException)
            {
                return; // Not empty, or already gone.
            }

            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Its folder was pruned, or it is in use: a stray temp file is ignored by reads and listings.
        }
    }

    private static string LockKey(string container, string name) => container + "/" + name;

    private string ContainerPath(string container) => Path.Combine(root, container);

    private string BlobPath(string container, string name)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidateBlobName(name);
        var folderEnd = name.LastIndexOf('/');
        if (folderEnd > 0 && name.AsSpan(0, folderEnd).ToString().Split('/').Any(s => s.EndsWith(BlobFile.Suffix, StringComparison.OrdinalIgnoreCase)))
        {
            // The folder would share its name with the file of the blob named without the suffix.
            throw new ArgumentException($"Blob name '{name}' has a folder segment ending with '{BlobFile.Suffix}', which the filesystem store reserves for blob files.", nameof(name));
        }

        return Path.Combine(ContainerPath(container), name.Replace('/', Path.DirectorySeparatorChar) + BlobFile.Suffix);
    }
}
