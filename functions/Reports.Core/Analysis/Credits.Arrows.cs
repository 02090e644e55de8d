namespace Reports.Core.Analysis;

/// <summary>Thirtieth session, asian helper: related-story lines opened by an arrow bullet.</summary>
internal static partial class Credits
{
    /// <summary>
    /// "&gt;&gt; Nga tập kích Kiev bằng 400 UAV, 15 người thiệt mạng", "» Israel strikes Beirut, 8 dead", "► Rusia luncurkan 400
    /// drone": an arrow bullet (two "&gt;", a "»" before a space, "►", "▶", "▸") before an unterminated headline links
    /// another story, with or without a marker ("Xem thêm"). A sentence after the arrow (it ends with a full stop) stays the
    /// article's; a German quotation opened by "»" has no space after it. The line is trimmed.
    /// </summary>
    internal static bool OpensWithArrow(ReadOnlySpan<char> line)
    {
        var arrow = line.Length < 4 ? 0
            : line[0] == '>' && line[1] == '>' ? 2
            : line[0] is '►' or '▶' or '▸' || (line[0] == '»' && line[1] == ' ') ? 1
            : 0;
        if (arrow == 0)
        {
            return false; // Most lines: one or two characters compared.
        }

        var rest = line[arrow..].TrimStart(">»► \t\u00A0");
        return !rest.IsEmpty && !Headline.IsTerminated(rest);
    }
}
