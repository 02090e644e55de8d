using System.Text;
using System.Text.RegularExpressions;

namespace Reports.Core.Articles;

/// <summary>
/// Markdown to plain text: headings, emphasis, block quotes and list markers lose their syntax; links keep their text;
/// images, code fences, reference definitions, HTML tags and rules are dropped. The title is the first level-1 heading.
/// </summary>
internal static partial class MarkdownText
{
    public static ArticleText Extract(string markdown)
    {
        string? title = null;
        var sb = new StringBuilder(markdown.Length);
        string? fence = null;
        var inTable = false;
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var start = SkipFrontMatter(lines, out var frontMatterTitle);
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            var fenceMatch = FenceRegex().Match(trimmed);
            if (fence is not null)
            {
                if (fenceMatch.Success && trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            if (fenceMatch.Success)
            {
                fence = fenceMatch.Groups[1].Value;
                continue;
            }

            // A table: a header row over a separator line ("|---|---|"), then rows up to a line without a pipe.
            var piped = trimmed.Contains('|', StringComparison.Ordinal);
            if (piped && i + 1 < lines.Length && TableSeparatorRegex().IsMatch(lines[i + 1].Trim()))
            {
                inTable = true;
            }
            else if (inTable && TableSeparatorRegex().IsMatch(trimmed))
            {
                continue;
            }

            inTable &= piped;
            if (RuleRegex().IsMatch(trimmed) || ReferenceDefinitionRegex().IsMatch(trimmed) || TableSeparatorRegex().IsMatch(trimmed))
            {
                sb.Append('\n');
                continue;
            }

            // Setext heading: "Title" over "=====" (level 1) or "-----" (level 2, already a rule above when alone).
            if (i + 1 < lines.Length && trimmed.Length > 0 && SetextRegex().IsMatch(lines[i + 1].Trim()))
            {
                var text = Inline(trimmed);
                if (title is null && lines[i + 1].Trim()[0] == '=')
                {
                    title = text;
                }

                sb.Append(text).Append("\n\n");
                i++;
                continue;
            }

            var heading = HeadingRegex().Match(trimmed);
            if (heading.Success)
            {
                var text = Inline(heading.Groups[2].Value);
                if (title is null && heading.Groups[1].Length == 1)
                {
                    title = text;
                }

                sb.Append(text).Append("\n\n");
                continue;
            }

            if (inTable && trimmed.Contains('|', StringComparison.Ordinal))
            {
                // A table row keeps its cells, one row a line: "Donetsk | 12 | 40" (docs/figures.md, "Tables").
                sb.Append(TableRow(trimmed)).Append('\n');
                continue;
            }

            var content = BlockPrefixRegex().Replace(trimmed, string.Empty);
            if (content.StartsWith('|'))
            {
                content = content.Trim('|').Replace(" | ", "  ", StringComparison.Ordinal);
            }

            sb.Append(Inline(content)).Append('\n');
        }

        title ??= frontMatterTitle;
        return new ArticleText(sb.ToString(), string.IsNullOrWhiteSpace(title) ? null : title);
    }

    /// <summary>
    /// A table row as one line, its cells (inline syntax resolved) joined by " | ": the header above the separator line
    /// and the rows below it, with or without outer pipes. An escaped pipe (<c>\|</c>) stays inside its cell.
    /// </summary>
    private static string TableRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                cell.Append("\\|");
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        cells.Add(cell.ToString());
        if (line.StartsWith('|'))
        {
            cells.RemoveAt(0);
        }

        if (line.EndsWith('|') && !line.EndsWith("\\|", StringComparison.Ordinal) && cells.Count > 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return string.Join(" | ", cells.Select(c => Inline(c.Trim()).Replace('|', '¦')));
    }

    /// <summary>A YAML front matter block (between "---" lines at the top) is metadata, not text; its title: is kept.</summary>
    private static int SkipFrontMatter(string[] lines, out string? title)
    {
        title = null;
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return 0;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                return i + 1;
            }

            var field = FrontMatterTitleRegex().Match(line);
            if (field.Success)
            {
                title = field.Groups[1].Value.Trim().Trim('"', '\'');
            }
        }

        title = null;
        return 0;
    }

    /// <summary>Inline syntax: images dropped, links keep text, code spans and emphasis lose their marks, escapes resolved.</summary>
    internal static string Inline(string text)
    {
        text = ImageRegex().Replace(text, string.Empty);
        text = LinkRegex().Replace(text, "$1");
        text = AutolinkRegex().Replace(text, "$1");
        text = HtmlTagRegex().Replace(text, string.Empty);
        text = CodeSpanRegex().Replace(text, "$1");
        text = StrongRegex().Replace(text, "$2");
        text = EmphasisStarRegex().Replace(text, "$1");
        text = EmphasisUnderscoreRegex().Replace(text, "$1");
        text = StrikeRegex().Replace(text, "$1");
        text = HardBreakRegex().Replace(text, string.Empty);
        text = EscapeRegex().Replace(text, "$1");
        return text.TrimEnd();
    }

    [GeneratedRegex(@"^title:\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FrontMatterTitleRegex();

    [GeneratedRegex(@"^(`{3,}|~{3,})")]
    private static partial Regex FenceRegex();

    [GeneratedRegex(@"^(\*\s*){3,}$|^(-\s*){3,}$|^(_\s*){3,}$")]
    private static partial Regex RuleRegex();

    [GeneratedRegex(@"^={3,}$|^-{3,}$")]
    private static partial Regex SetextRegex();

    [GeneratedRegex(@"^\[[^\]]+\]:\s*\S+")]
    private static partial Regex ReferenceDefinitionRegex();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$")]
    private static partial Regex TableSeparatorRegex();

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)(\s+#+)?\s*$")]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"^((>\s?)+|([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?)")]
    private static partial Regex BlockPrefixRegex();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")]
    private static partial Regex ImageRegex();

    [GeneratedRegex(@"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex LinkRegex();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutolinkRegex();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex HtmlTagRegex();

    [GeneratedRegex(@"`+([^`]+)`+")]
    private static partial Regex CodeSpanRegex();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex StrongRegex();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")]
    private static partial Regex EmphasisStarRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])")]
    private static partial Regex EmphasisUnderscoreRegex();

    [GeneratedRegex(@"~~(.+?)~~")]
    private static partial Regex StrikeRegex();

    [GeneratedRegex(@"\\$")]
    private static partial Regex HardBreakRegex();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|>~])")]
    private static partial Regex EscapeRegex();
}
