using Reports.Core.Storage.FileSystem;

namespace Reports.Core.Storage;

public sealed partial class FileSystemBlobStore
{
    /// <summary>
    /// The blob files under <paramref name="containerPath"/> whose names start with <paramref name="prefix"/>, in
    /// ordinal name order. It opens only the prefix's deepest complete folder and, below it, the folders whose names
    /// still match; siblings that cannot match are never read. Within a folder a file sorts by its name and a folder
    /// by its name plus '/', which gives the same order as comparing whole blob names.
    /// </summary>
    private static IEnumerable<(string Path, string Name)> Walk(string containerPath, string prefix, CancellationToken cancellationToken)
    {
        var slash = prefix.LastIndexOf('/');
        var folderPart = slash < 0 ? string.Empty : prefix[..slash];
        var start = Path.Combine(containerPath, folderPart.Replace('/', Path.DirectorySeparatorChar));
        var pending = new Stack<Entry>();
        Push(pending, start, slash < 0 ? string.Empty : prefix[..(slash + 1)], prefix[(slash + 1)..]);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = pending.Pop();
            if (entry.IsFolder)
            {
                Push(pending, entry.Path, entry.Key, string.Empty);
            }
            else
            {
                yield return (entry.Path, entry.Key);
            }
        }
    }

    /// <summary>Pushes a folder's matching entries so that the smallest name pops first.</summary>
    private static void Push(Stack<Entry> pending, string folder, string namePrefix, string partial)
    {
        var entries = new List<Entry>();
        if (!Directory.Exists(folder))
        {
            // A day nobody uploaded on: no exception for the common case (a race still lands in the catch below).
            return;
        }

        try
        {
            // The directory entries' own type bits say what is a folder: no file is opened or stat'ed.
            var listing = new System.IO.Enumeration.FileSystemEnumerable<(string Name, string Path, bool IsFolder)>(
                folder,
                (ref System.IO.Enumeration.FileSystemEntry e) => (e.FileName.ToString(), e.ToFullPath(), e.IsDirectory),
                new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false });
            foreach (var (name, path, isFolder) in listing)
            {
                if (isFolder)
                {
                    if (name.StartsWith(partial, StringComparison.Ordinal))
                    {
                        entries.Add(new Entry(path, namePrefix + name + "/", true));
                    }
                }
                else if (name.EndsWith(BlobFile.Suffix, StringComparison.Ordinal) && name.Length > BlobFile.Suffix.Length)
                {
                    var stem = name[..^BlobFile.Suffix.Length];
                    if (stem.StartsWith(partial, StringComparison.Ordinal))
                    {
                        entries.Add(new Entry(path, namePrefix + stem, false));
                    }
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            return;
        }

        entries.Sort((a, b) => string.CompareOrdinal(b.Key, a.Key));
        foreach (var entry in entries)
        {
            pending.Push(entry);
        }
    }

    private readonly record struct Entry(string Path, string Key, bool IsFolder);
}
