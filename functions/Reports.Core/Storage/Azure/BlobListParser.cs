using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Reports.Core.Storage.Azure;

/// <summary>One page of a List Blobs answer: its blobs and the marker of the next page (null on the last).</summary>
internal sealed record BlobListPage(IReadOnlyList<BlobItem> Items, string? NextMarker);

/// <summary>Reads the EnumerationResults XML of List Blobs (flat listing, include=metadata).</summary>
internal static class BlobListParser
{
    public static BlobListPage Parse(Stream xml, string container)
    {
        using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var root = XDocument.Load(reader).Root ?? throw new InvalidDataException("List Blobs answered an empty document.");
        var items = root.Element("Blobs")?.Elements("Blob").Select(blob => Item(blob, container)).ToList() ?? [];
        var next = root.Element("NextMarker")?.Value;
        return new BlobListPage(items, string.IsNullOrEmpty(next) ? null : next);
    }

    private static BlobItem Item(XElement blob, string container)
    {
        var nameElement = blob.Element("Name") ?? throw new InvalidDataException("A listed blob has no Name.");
        var name = (string?)nameElement.Attribute("Encoded") == "true" ? Uri.UnescapeDataString(nameElement.Value) : nameElement.Value;
        var properties = blob.Element("Properties") ?? throw new InvalidDataException($"Listed blob '{name}' has no Properties.");
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in blob.Element("Metadata")?.Elements() ?? [])
        {
            metadata[entry.Name.LocalName] = entry.Value;
        }

        return new BlobItem(
            container,
            name,
            (properties.Element("Etag")?.Value ?? string.Empty).Trim('"'),
            long.Parse(properties.Element("Content-Length")?.Value ?? "0", NumberStyles.None, CultureInfo.InvariantCulture),
            DateTimeOffset.ParseExact(properties.Element("Last-Modified")?.Value ?? throw new InvalidDataException($"Listed blob '{name}' has no Last-Modified."), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            properties.Element("Content-Type")?.Value is { Length: > 0 } type ? type : null,
            metadata);
    }
}
