namespace Reports.Core.Articles;

/// <summary>
/// Plain text as written, except columns set apart by tabs: two or more lines in a row, each with two or more filled
/// cells between tabs and all with as many cells (counting empty ones, or else counting only the filled ones), are a
/// table, and each becomes one line with its cells joined by " | " (docs/figures.md, "Tables"). Any other tab stays
/// (and the normaliser reads it as a space).
/// </summary>
internal static class PlainText
{
    public static string WithTables(string text)
    {
        if (!text.Contains('\t', StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        var changed = false;
        for (var i = 0; i < lines.Length;)
        {
            if (Filled(lines[i]).Count < 2)
            {
                i++;
                continue;
            }

            var raw = Raw(lines[i]).Length;
            var filled = Filled(lines[i]).Count;
            var byRaw = i + 1;
            while (byRaw < lines.Length && Filled(lines[byRaw]).Count >= 2 && Raw(lines[byRaw]).Length == raw)
            {
                byRaw++;
            }

            var byFilled = i + 1;
            while (byFilled < lines.Length && Filled(lines[byFilled]).Count == filled)
            {
                byFilled++;
            }

            var keepEmpty = byRaw - i >= 2 && byRaw >= byFilled;
            var end = keepEmpty ? byRaw : byFilled;
            if (end - i < 2)
            {
                i++;
                continue;
            }

            for (var k = i; k < end; k++)
            {
                IEnumerable<string> cells = keepEmpty ? Raw(lines[k]) : Filled(lines[k]);
                lines[k] = string.Join(" | ", cells.Select(c => c.Trim().Replace('|', '¦')));
            }

            changed = true;
            i = end;
        }

        return changed ? string.Join('\n', lines) : text;
    }

    private static string[] Raw(string line) => line.TrimEnd('\r').Split('\t');

    private static List<string> Filled(string line) =>
        line.Contains('\t', StringComparison.Ordinal) ? [.. Raw(line).Where(c => c.Trim().Length > 0)] : [];
}
