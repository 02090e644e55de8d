using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Reports.Core.Articles;

/// <summary>
/// The text of a Word document (word/document.xml): paragraphs become lines; w:t text, w:tab tabs, w:br/w:cr breaks.
/// The title is the first paragraph styled Title or Heading1, else null.
/// </summary>
internal static class DocxText
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string CompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>Most columns one merged cell is repeated over.</summary>
    private const int MaxColumnSpan = 20;

    public static ArticleText Extract(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            var entry = archive.GetEntry("word/document.xml")
                ?? throw new ArticleRejectedException(RejectionReason.Corrupt, "docx has no word/document.xml; the file is damaged or not a Word document.");

            // The XML is larger than the zip; still, a zip bomb must not run away with memory.
            var limit = Math.Max(maxBytes * 20, 64L * 1024 * 1024);
            if (entry.Length > limit)
            {
                throw new ArticleRejectedException(RejectionReason.TooLarge, $"docx text part is {ArticleRejectedException.Size(entry.Length)} unpacked, over the {ArticleRejectedException.Size(limit)} limit.");
            }

            using var stream = entry.Open();
            return ReadDocument(stream, maxBytes);
        }
        catch (InvalidDataException e)
        {
            throw new ArticleRejectedException(RejectionReason.Corrupt, $"docx is not a valid zip archive ({e.Message}); the file is damaged or not a Word document.", e);
        }
        catch (XmlException e)
        {
            throw new ArticleRejectedException(RejectionReason.Corrupt, $"docx holds malformed XML ({e.Message}); the file is damaged.", e);
        }
    }

    /// <summary>
    /// The document's text, refused as too large once it passes <paramref name="maxChars"/> (the article limit): the
    /// XML may be 20 times the upload, and 50 MB of one-sentence paragraphs in a 150 KB docx would otherwise become an
    /// article ten times larger than any text upload may be (measured: 961 MB peak, docs/analysis.md).
    /// </summary>
    private static ArticleText ReadDocument(Stream stream, long maxChars)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(stream, settings);
        var text = new StringBuilder();
        var paragraph = new StringBuilder();
        string? style = null;
        string? title = null;
        // Inside a table (w:tbl), paragraphs gather in their cell and a row (w:tr) becomes one line (docs/figures.md, "Tables").
        var tableDepth = 0;
        var row = new List<List<string>>();
        var spans = new List<int>();
        var rowChars = 0;
        var more = reader.Read();
        while (more)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == CompatibilityNamespace && reader.LocalName == "Fallback")
            {
                // Alternate content repeats what mc:Choice already holds.
                reader.Skip();
                more = !reader.EOF;
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == WordNamespace && reader.LocalName == "t" && !reader.IsEmptyElement)
            {
                paragraph.Append(reader.ReadElementContentAsString());
                CheckLength(text, paragraph.Length + rowChars, maxChars);
                more = !reader.EOF;
                continue;
            }

            if (reader.NamespaceURI == WordNamespace && reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "tbl" when !reader.IsEmptyElement:
                        tableDepth++;
                        break;
                    case "tr" when tableDepth == 1:
                        row.Clear();
                        spans.Clear();
                        break;
                    case "tc" when tableDepth == 1:
                        row.Add([]);
                        spans.Add(1);
                        break;
                    case "gridSpan" when tableDepth == 1 && spans.Count > 0 && int.TryParse(reader.GetAttribute("val", WordNamespace), out var span):
                        // A cell merged across columns ("Drones" over "Launched | Shot down") stands over each of them.
                        spans[^1] = Math.Clamp(span, 1, MaxColumnSpan);
                        break;
                    case "p" when !reader.IsEmptyElement:
                        if (paragraph.Length > 0)
                        {
                            // A paragraph nested in a text box: keep what came before it as its own line.
                            rowChars += tableDepth > 0 ? paragraph.Length + 1 : 0;
                            EndParagraph(text, paragraph, tableDepth > 0 ? row : null);
                        }

                        style = null;
                        break;
                    case "p" when tableDepth == 0:
                        text.Append('\n');
                        break;
                    case "pStyle":
                        style = reader.GetAttribute("val", WordNamespace);
                        break;
                    case "tab":
                        paragraph.Append('\t');
                        break;
                    case "br" or "cr":
                        paragraph.Append('\n');
                        break;
                    case "noBreakHyphen":
                        paragraph.Append('-');
                        break;
                }
            }
            else if (reader.NamespaceURI == WordNamespace && reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "p")
            {
                var line = paragraph.ToString();
                if (title is null && tableDepth == 0 && IsTitleStyle(style) && line.Trim().Length > 0)
                {
                    title = line.Trim();
                }

                rowChars += tableDepth > 0 ? paragraph.Length + 1 : 0;
                EndParagraph(text, paragraph, tableDepth > 0 ? row : null);
            }
            else if (reader.NamespaceURI == WordNamespace && reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "tr" && tableDepth == 1)
            {
                EndRow(text, row, spans);
                rowChars = 0;
            }
            else if (reader.NamespaceURI == WordNamespace && reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "tbl")
            {
                tableDepth = Math.Max(0, tableDepth - 1);
            }

            CheckLength(text, paragraph.Length + rowChars, maxChars);
            more = reader.Read();
        }

        if (row.Count > 0)
        {
            EndRow(text, row, spans);
        }

        return new ArticleText(text.ToString(), title);
    }

    /// <summary>A paragraph ends: a line of the text, or inside a table a paragraph of the row's last cell.</summary>
    private static void EndParagraph(StringBuilder text, StringBuilder paragraph, List<List<string>>? row)
    {
        if (row is null)
        {
            text.Append(paragraph).Append('\n');
        }
        else
        {
            if (row.Count == 0)
            {
                row.Add([]);
            }

            row[^1].Add(paragraph.ToString());
        }

        paragraph.Clear();
    }

    /// <summary>
    /// A table row becomes one line, its cells (their paragraphs joined by spaces, a pipe read as '¦'; a cell merged across
    /// columns once for each) joined by " | "; a row of one cell (a boxed text) keeps its paragraphs as lines.
    /// </summary>
    private static void EndRow(StringBuilder text, List<List<string>> row, List<int> spans)
    {
        if (row.Count == 1)
        {
            foreach (var line in row[0])
            {
                text.Append(line).Append('\n');
            }
        }
        else if (row.Exists(cell => cell.Exists(p => p.Trim().Length > 0)))
        {
            var cells = row.SelectMany((cell, i) => Enumerable.Repeat(
                string.Join(' ', cell.Select(p => p.Replace('\n', ' ').Replace('\t', ' ').Trim()).Where(p => p.Length > 0)).Replace('|', '¦'),
                i < spans.Count ? spans[i] : 1));
            text.Append(string.Join(" | ", cells)).Append('\n');
        }

        row.Clear();
        spans.Clear();
    }

    private static void CheckLength(StringBuilder text, int pending, long maxChars)
    {
        if (text.Length + pending > maxChars)
        {
            throw new ArticleRejectedException(RejectionReason.TooLarge, $"docx text is over {maxChars:N0} characters, the article limit ({ArticleRejectedException.Size(maxChars)}); split the document.");
        }
    }

    private static bool IsTitleStyle(string? style) =>
        style is not null && (style.Equals("Title", StringComparison.OrdinalIgnoreCase) || style.Equals("Heading1", StringComparison.OrdinalIgnoreCase));
}
