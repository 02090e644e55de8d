using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Reports.Core.Articles;

/// <summary>
/// The visible text of an HTML page: script, style, noscript, template, head, nav menus (and hidden elements) dropped;
/// block elements become line breaks; entities decoded. The title is &lt;title&gt;, else the first &lt;h1&gt; (also when
/// &lt;title&gt; is the &lt;h1&gt; and the site's name).
/// Bytes that are not UTF-8 are decoded with the page's &lt;meta charset&gt; when it declares one.
/// </summary>
internal static partial class HtmlText
{
    private static readonly FrozenSet<string> Skipped = FrozenSet.ToFrozenSet(
        ["script", "style", "noscript", "template", "head", "nav", "svg", "math", "iframe", "object", "embed", "canvas", "button", "select", "input"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements that end a line.</summary>
    private static readonly FrozenSet<string> LineBlocks = FrozenSet.ToFrozenSet(
        ["div", "li", "dt", "dd", "tr", "caption", "figcaption", "summary", "details", "address", "form", "fieldset", "main", "body", "html", "hr"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements that end a paragraph (a blank line follows).</summary>
    private static readonly FrozenSet<string> ParagraphBlocks = FrozenSet.ToFrozenSet(
        ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "section", "article", "header", "footer", "aside", "figure"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Deeper nesting is refused before parsing: the parser's work grows with the square of the depth (100,000 levels
    /// took minutes), and no article needs more than a few dozen.
    /// </summary>
    public const int MaxDepth = 1000;

    /// <summary>Elements without an end tag, or whose end tag may be left out: they never deepen the nesting count.</summary>
    private static readonly FrozenSet<string> Unnested = FrozenSet.ToFrozenSet(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body", "!doctype"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The deepest nesting of start tags in <paramref name="html"/>, in one linear scan (no parsing).</summary>
    internal static int NestingDepth(string html)
    {
        int depth = 0, max = 0, gt = -1;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '!' or '-'))
            {
                end++;
            }

            if (end == start || html[start] == '!')
            {
                continue;
            }

            var name = html.AsSpan(start, end - start).ToString();
            if (Unnested.Contains(name))
            {
                continue;
            }

            // The next '>' only moves forward, so finding it stays linear however many '<' come without one.
            if (gt != int.MaxValue && gt < end)
            {
                gt = html.IndexOf('>', end);
                gt = gt < 0 ? int.MaxValue : gt;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (gt == int.MaxValue || html[gt - 1] != '/')
            {
                depth++;
                max = Math.Max(max, depth);
            }
        }

        return max;
    }

    public static ArticleText Extract(ReadOnlySpan<byte> bytes) => Extract(bytes, warnings: null);

    /// <summary>Extracts, adding to <paramref name="warnings"/> what decoding had to repair.</summary>
    public static ArticleText Extract(ReadOnlySpan<byte> bytes, List<string>? warnings)
    {
        var html = TextDecoder.Decode(bytes, DeclaredCharset(bytes), warnings);
        var depth = NestingDepth(html);
        if (depth > MaxDepth)
        {
            throw new ArticleRejectedException(
                RejectionReason.TooComplex,
                $"too complex: HTML nested {depth:N0} levels deep (at most {MaxDepth:N0} are read; a news page needs a few dozen).");
        }

        var document = new HtmlDocument();
        document.LoadHtml(html);
        var root = document.DocumentNode;
        var text = VisibleText(root);
        return new ArticleText(text, TitleOf(root));
    }

    private static string VisibleText(HtmlNode root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(HtmlNode Node, bool Leaving)>();
        stack.Push((root, false));
        var preDepth = 0;
        var pendingBreaks = 0;
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                preDepth -= node.Name.Equals("pre", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                pendingBreaks = Math.Max(pendingBreaks, BreaksAround(node));
                if (node.Name is "td" or "th")
                {
                    sb.Append(' ');
                }

                continue;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Comment:
                    continue;
                case HtmlNodeType.Text:
                    var raw = HtmlEntity.DeEntitize(((HtmlTextNode)node).Text) ?? string.Empty;
                    if (string.IsNullOrWhiteSpace(raw) && preDepth == 0)
                    {
                        sb.Append(' ');
                        continue;
                    }

                    if (pendingBreaks > 0 && sb.Length > 0)
                    {
                        sb.Append('\n', pendingBreaks);
                    }

                    pendingBreaks = 0;
                    sb.Append(preDepth > 0 ? raw : WhitespaceRegex().Replace(raw, " "));
                    continue;
                case HtmlNodeType.Element when Skipped.Contains(node.Name) || IsHidden(node):
                    continue;
                case HtmlNodeType.Element when node.Name.Equals("br", StringComparison.OrdinalIgnoreCase):
                    sb.Append('\n');
                    continue;
            }

            if (node.Name.Equals("table", StringComparison.OrdinalIgnoreCase) && preDepth == 0 && DataRows(node) is { } rows)
            {
                // A table of data keeps its rows, one a line with its cells joined by " | " (docs/figures.md, "Tables").
                pendingBreaks = Math.Max(pendingBreaks, 2);
                foreach (var row in rows)
                {
                    if (pendingBreaks > 0 && sb.Length > 0)
                    {
                        sb.Append('\n', pendingBreaks);
                    }

                    sb.Append(row);
                    pendingBreaks = 1;
                }

                pendingBreaks = 2;
                continue;
            }

            pendingBreaks = Math.Max(pendingBreaks, BreaksAround(node));
            preDepth += node.Name.Equals("pre", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            stack.Push((node, true));
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        return sb.ToString();
    }

    /// <summary>Longest cell a table of data holds; a longer one is a page laid out in a table, read as before.</summary>
    private const int MaxCellLength = 300;

    /// <summary>Most columns one cell is repeated over (a larger colspan is read as this many).</summary>
    private const int MaxColumnSpan = 20;

    /// <summary>
    /// A table of data as lines: its caption, then each row's cells (their visible text on one line, a pipe in it read
    /// as '¦'; a cell spanning columns once for each) joined by " | ". Null when the table is a layout: a table inside it, a cell longer than
    /// <see cref="MaxCellLength"/>, or fewer than two rows of two cells.
    /// </summary>
    private static List<string>? DataRows(HtmlNode table)
    {
        if (IsHidden(table))
        {
            return null;
        }

        var lines = new List<string>();
        var rows = 0;
        // Cells of rows above that span down, by column: how many rows more, and their text.
        var below = new Dictionary<int, (int Rows, string Text)>();
        foreach (var node in table.Descendants())
        {
            if (node.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (node.Name.Equals("table", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (node.Name.Equals("caption", StringComparison.OrdinalIgnoreCase))
            {
                if (CellText(node) is { Length: > 0 } caption)
                {
                    lines.Add(caption);
                }

                continue;
            }

            if (!node.Name.Equals("tr", StringComparison.OrdinalIgnoreCase) || IsHidden(node))
            {
                continue;
            }

            var cells = new List<string>();
            foreach (var cell in node.ChildNodes)
            {
                if (cell.NodeType == HtmlNodeType.Element && cell.Name is "td" or "th" && !IsHidden(cell))
                {
                    var text = CellText(cell);
                    if (text.Length > MaxCellLength)
                    {
                        return null;
                    }

                    Carry(cells, below);
                    // A cell spanning columns ("Drones" over "Launched | Shot down") stands over each of them, and one
                    // spanning rows (a region beside its days) is repeated in each row below it.
                    var span = Math.Clamp(cell.GetAttributeValue("colspan", 1), 1, MaxColumnSpan);
                    var down = Math.Clamp(cell.GetAttributeValue("rowspan", 1), 1, MaxColumnSpan) - 1;
                    for (var k = 0; k < span; k++)
                    {
                        if (down > 0)
                        {
                            below[cells.Count] = (down, text.Replace('|', '¦'));
                        }

                        cells.Add(text.Replace('|', '¦'));
                    }
                }
            }

            if (cells.Count > 0)
            {
                Carry(cells, below);
            }

            if (cells.Exists(c => c.Length > 0))
            {
                lines.Add(string.Join(" | ", cells));
                rows += cells.Count >= 2 ? 1 : 0;
            }
        }

        return rows >= 2 ? lines : null;
    }

    /// <summary>Adds the cells that rows above span down into the columns from here on, up to the first one not spanned.</summary>
    private static void Carry(List<string> cells, Dictionary<int, (int Rows, string Text)> below)
    {
        while (below.TryGetValue(cells.Count, out var carried))
        {
            cells.Add(carried.Text);
            if (carried.Rows > 1)
            {
                below[cells.Count - 1] = (carried.Rows - 1, carried.Text);
            }
            else
            {
                below.Remove(cells.Count - 1);
            }
        }
    }

    /// <summary>The visible text inside a table cell or caption, on one line.</summary>
    private static string CellText(HtmlNode cell)
    {
        var sb = new StringBuilder();
        Append(cell, sb);
        return WhitespaceRegex().Replace(sb.ToString(), " ").Trim();

        static void Append(HtmlNode node, StringBuilder sb)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child.NodeType)
                {
                    case HtmlNodeType.Text:
                        sb.Append(HtmlEntity.DeEntitize(((HtmlTextNode)child).Text));
                        break;
                    case HtmlNodeType.Element when Skipped.Contains(child.Name) || IsHidden(child):
                        break;
                    case HtmlNodeType.Element:
                        // A block or a line break inside the cell parts words; inline markup ("<b>12</b>") does not.
                        var apart = BreaksAround(child) > 0 || child.Name == "br";
                        sb.Append(apart ? " " : string.Empty);
                        Append(child, sb);
                        sb.Append(apart ? " " : string.Empty);
                        break;
                }
            }
        }
    }

    private static int BreaksAround(HtmlNode node) =>
        node.NodeType != HtmlNodeType.Element ? 0 : ParagraphBlocks.Contains(node.Name) ? 2 : LineBlocks.Contains(node.Name) ? 1 : 0;

    private static bool IsHidden(HtmlNode node) =>
        node.Attributes.Contains("hidden")
        || node.GetAttributeValue("aria-hidden", string.Empty).Equals("true", StringComparison.OrdinalIgnoreCase)
        || DisplayNoneRegex().IsMatch(node.GetAttributeValue("style", string.Empty));

    /// <summary>
    /// &lt;title&gt;, else the first &lt;h1&gt;; the &lt;h1&gt; also when &lt;title&gt; is it with the site's name
    /// around it ("Drone strike kills three | Black Sea Herald"): the headline without the masthead.
    /// </summary>
    private static string? TitleOf(HtmlNode root)
    {
        var title = Clean(root.SelectSingleNode("//title[not(ancestor::svg)]"));
        var h1 = Clean(root.SelectSingleNode("//h1"));
        if (title is null || (h1 is not null && h1.Length < title.Length && title.Contains(h1, StringComparison.Ordinal)))
        {
            return h1;
        }

        return title;

        static string? Clean(HtmlNode? node)
        {
            var text = node is null ? string.Empty : WhitespaceRegex().Replace(HtmlEntity.DeEntitize(node.InnerText) ?? string.Empty, " ").Trim();
            return text.Length == 0 ? null : text;
        }
    }

    /// <summary>The encoding named by &lt;meta charset&gt; or http-equiv Content-Type in the first 4 KB, if any.</summary>
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = CharsetRegex().Match(head);
        return match.Success ? TextDecoder.Find(match.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"display\s*:\s*none", RegexOptions.IgnoreCase)]
    private static partial Regex DisplayNoneRegex();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetRegex();
}
