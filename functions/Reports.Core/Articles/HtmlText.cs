using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Reports.Core.Articles;

/// <summary>
/// The visible text of an HTML page: script, style, noscript, template, head (and hidden elements) dropped;
/// block elements become line breaks; entities decoded. The title is &lt;title&gt;, else the first &lt;h1&gt;.
/// Bytes that are not UTF-8 are decoded with the page's &lt;meta charset&gt; when it declares one.
/// </summary>
internal static partial class HtmlText
{
    private static readonly FrozenSet<string> Skipped = FrozenSet.ToFrozenSet(
        ["script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "embed", "canvas", "button", "select", "input"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
        ["p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody",
         "tfoot", "section", "article", "header", "footer", "main", "nav", "aside", "blockquote", "pre", "figure", "figcaption",
         "address", "details", "summary", "form", "fieldset", "caption", "body", "html"],
        StringComparer.OrdinalIgnoreCase);

    public static ArticleText Extract(ReadOnlySpan<byte> bytes)
    {
        var html = TextDecoder.Decode(bytes, DeclaredCharset(bytes));
        var document = new HtmlDocument { OptionMaxNestedChildNodes = 0 };
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
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                if (node.Name.Equals("pre", StringComparison.OrdinalIgnoreCase))
                {
                    preDepth--;
                }

                if (node.Name is "td" or "th")
                {
                    sb.Append(' ');
                }
                else if (Blocks.Contains(node.Name))
                {
                    sb.Append('\n');
                }

                continue;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Comment:
                    continue;
                case HtmlNodeType.Text:
                    var raw = HtmlEntity.DeEntitize(((HtmlTextNode)node).Text) ?? string.Empty;
                    sb.Append(preDepth > 0 ? raw : WhitespaceRegex().Replace(raw, " "));
                    continue;
                case HtmlNodeType.Element when Skipped.Contains(node.Name) || IsHidden(node):
                    continue;
            }

            if (node.NodeType == HtmlNodeType.Element && Blocks.Contains(node.Name))
            {
                sb.Append('\n');
            }

            if (node.Name.Equals("pre", StringComparison.OrdinalIgnoreCase))
            {
                preDepth++;
            }

            stack.Push((node, true));
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        return sb.ToString();
    }

    private static bool IsHidden(HtmlNode node) =>
        node.Attributes.Contains("hidden")
        || node.GetAttributeValue("aria-hidden", string.Empty).Equals("true", StringComparison.OrdinalIgnoreCase)
        || DisplayNoneRegex().IsMatch(node.GetAttributeValue("style", string.Empty));

    private static string? TitleOf(HtmlNode root)
    {
        var title = root.SelectSingleNode("//title") ?? root.SelectSingleNode("//h1");
        if (title is null)
        {
            return null;
        }

        var text = WhitespaceRegex().Replace(HtmlEntity.DeEntitize(title.InnerText) ?? string.Empty, " ").Trim();
        return text.Length == 0 ? null : text;
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
