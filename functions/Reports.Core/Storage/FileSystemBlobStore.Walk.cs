using Reports.Core.Storage.FileSystem;

namespace Reports.Core.Storage;

public sealed partial class FileSystemBlobStore
{
    /// <summary>
    /// The blob files under <paramref name="containerPath"/> whose names start with <paramref name="prefix"/>, in
    /// ordinal name order. It opens only the prefix's deepest complete folder and, below it, the folders whose names
    /// still match; siblings that cannot match are never read. Within a folder a file sorts by its name and a folder
    /// by its name plus '/', which gives the same order as comparing whole blob names. Without
    /// <paramref name="withPaths"/> a blob's path is null: a listing of names makes one string per blob, its name.
    /// </summary>
    private static IEnumerable<(string? Path, string Name)> Walk(string containerPath, string prefix, CancellationToken cancellationToken, bool withPaths = true)
    {
        var slash = prefix.LastIndexOf('/');
        var folderPart = slash < 0 ? string.Empty : prefix[..slash];
        var start = Path.Combine(containerPath, folderPart.Replace('/', Path.DirectorySeparatorChar));
        return WalkFolder(start, slash < 0 ? string.Empty : prefix[..(slash + 1)], prefix[(slash + 1)..], withPaths, cancellationToken);
    }

    /// <summary>A folder's matching blobs in name order, its subfolders' in their place among them.</summary>
    private static IEnumerable<(string? Path, string Name)> WalkFolder(string folder, string namePrefix, string partial, bool withPaths, CancellationToken cancellationToken)
    {
        foreach (var entry in Entries(folder, namePrefix, partial, withPaths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.IsFolder)
            {
                foreach (var inner in WalkFolder(entry.Path!, entry.Key, string.Empty, withPaths, cancellationToken))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return (entry.Path, entry.Key);
            }
        }
    }

    /// <summary>A folder's matching entries, smallest name first.</summary>
    private static List<Entry> Entries(string folder, string namePrefix, string partial, bool withPaths)
    {
        var entries = new List<Entry>();
        if (!Directory.Exists(folder))
        {
            // A day nobody uploaded on: no exception for the common case (a race still lands in the catch below).
            return entries;
        }

        try
        {
            // The directory entries' own type bits say what is a folder: no file is opened or stat'ed.
            // Each entry is made from the directory entry's own characters: one string for its key, and its full path
            // only for a folder (or when asked).
            var listing = new System.IO.Enumeration.FileSystemEnumerable<Entry>(
                folder,
                (ref System.IO.Enumeration.FileSystemEntry e) =>
                {
                    var name = e.FileName;
                    if (e.IsDirectory)
                    {
                        return new Entry(e.ToFullPath(), string.Concat(namePrefix, name, "/"), true);
                    }

                    var stem = name[..^BlobFile.Suffix.Length];
                    return new Entry(withPaths ? e.ToFullPath() : null, string.Concat(namePrefix, stem), false);
                },
                new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false })
            {
                ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) =>
                    e.IsDirectory
                        ? e.FileName.StartsWith(partial, StringComparison.Ordinal)
                        : e.FileName.Length > BlobFile.Suffix.Length && e.FileName.EndsWith(BlobFile.Suffix, StringComparison.Ordinal)
                          && e.FileName[..^BlobFile.Suffix.Length].StartsWith(partial, StringComparison.Ordinal),
            };
            entries.AddRange(listing);
        }
        catch (DirectoryNotFoundException)
        {
            return entries;
        }

        entries.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return entries;
    }

    private readonly record struct Entry(string? Path, string Key, bool IsFolder);
}
