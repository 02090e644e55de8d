using System.Text.RegularExpressions;
using Reports.Core.Places;

namespace Reports.Core.Figures;

/// <summary>
/// Reads the figures a table states (docs/figures.md, "Tables"). The article readers write a table row as one line with
/// its cells joined by " | "; here a run of two or more such lines is a table. Its header is the first of its first three
/// rows that has a column of a kind (each cell read with the cells above it in its column, for a header of two rows): a
/// cell naming killed, injured or casualties, or drones or missiles with launching or downing words (the language
/// data's <c>figures</c> lists, as the sentence reader reads them). Every number that fills a cell under such a column,
/// alone, is a figure of that kind. The first cell of a row is its label: a place the gazetteer knows is the figure's
/// place; a total (data <c>tableTotals</c>: "Total", "Всього", "Итого") makes the row the whole whose parts are the
/// other rows, placed where all their places lie, so a briefing does not count both. Scope: rows labelled by a month,
/// and every row of a table whose caption or header states a period or a running total ("since", "this month", "in
/// total"), are cumulative; a row labelled by a date is that day's event (its total row then spans days and is
/// cumulative); other rows are events.
/// </summary>
internal static partial class TableReader
{
    /// <summary>How many rows from the top of a table may come before its header (a title row, a unit row).</summary>
    private const int HeaderRows = 3;

    /// <summary>How many table rows an article is read for, over all its tables.</summary>
    public const int MaxRows = 2_000;

    /// <summary>What <see cref="Figure.PlaceBasis"/> says for a place a table's row label gives.</summary>
    public const string PlaceBasis = "table";

    private readonly record struct Cell(int Start, int End);

    private readonly record struct Row(int Start, int End, List<Cell>? Cells, bool Separator);

    private readonly record struct Column(FigureKind Kind, bool Combined);

    private readonly record struct Label(bool Total, bool Dated, bool Period, string? Place);

    public static List<Figure> Read(string text, CompiledLanguage language, Gazetteer gazetteer, bool accidentStory)
    {
        var figures = new List<Figure>();
        if (!text.Contains('|', StringComparison.Ordinal))
        {
            return figures;
        }

        var rows = Rows(text);
        var budget = MaxRows;
        var scratch = new List<TermMatch>();
        var tokenizer = new Tokenizer(language);
        for (var i = 0; i < rows.Count;)
        {
            if (rows[i].Cells is null)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < rows.Count && rows[end].Cells is not null)
            {
                end++;
            }

            // A table longer than any news table (a pasted dump of 100,000 rows) is read for its first rows only: the
            // work and the figures an article gives stay bounded (docs/analysis.md, hostile inputs).
            var last = Math.Min(end, i + budget);
            ReadTable(text, rows, i, last, language, gazetteer, tokenizer, scratch, accidentStory, figures);
            budget -= last - i;
            if (budget <= 0)
            {
                break;
            }

            i = end;
        }

        return figures;
    }

    /// <summary>Every line of the text, with its cells when it is a table row (two or more cells between pipes).</summary>
    private static List<Row> Rows(string text)
    {
        var rows = new List<Row>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            rows.Add(RowOf(text, start, end));
            start = end + 1;
        }

        return rows;
    }

    private static Row RowOf(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);
        if (line.IndexOf('|') < 0)
        {
            return new Row(start, end, null, false);
        }

        var cells = new List<Cell>();
        var from = 0;
        for (var k = 0; k <= line.Length; k++)
        {
            if (k == line.Length || line[k] == '|')
            {
                var a = from;
                var b = k;
                while (a < b && char.IsWhiteSpace(line[a]))
                {
                    a++;
                }

                while (b > a && char.IsWhiteSpace(line[b - 1]))
                {
                    b--;
                }

                cells.Add(new Cell(start + a, start + b));
                from = k + 1;
            }
        }

        var trimmed = line.Trim();
        if (trimmed.Length > 1 && trimmed.StartsWith('|') && trimmed.EndsWith('|'))
        {
            // "| a | b |": the outer pipes of a Markdown row pasted as text frame it; they open and close no cell. A pipe
            // at one end only is an empty cell there ("| Killed | Injured": the corner of a table above its labels).
            cells.RemoveAt(0);
            cells.RemoveAt(cells.Count - 1);
        }

        if (cells.Count < 2)
        {
            return new Row(start, end, null, false);
        }

        var separator = cells.TrueForAll(c => SeparatorCell().IsMatch(text.AsSpan(c.Start, c.End - c.Start)));
        return new Row(start, end, cells, separator);
    }

    private static void ReadTable(string text, List<Row> rows, int first, int end, CompiledLanguage language, Gazetteer gazetteer, Tokenizer tokenizer, List<TermMatch> scratch, bool accidentStory, List<Figure> figures)
    {
        var body = new List<Row>();
        for (var i = first; i < end; i++)
        {
            if (!rows[i].Separator)
            {
                body.Add(rows[i]);
            }
        }

        if (body.Count < 2)
        {
            return;
        }

        // The header: the first row (of the first few) with a column of a kind.
        Column?[]? columns = null;
        var header = -1;
        for (var h = 0; h < Math.Min(HeaderRows, body.Count) && columns is null; h++)
        {
            var kinds = new Column?[body[h].Cells!.Count];
            var any = false;
            for (var c = 0; c < kinds.Length; c++)
            {
                // A header of two rows ("Drones" over "Launched | Shot down"): the rows above, in this column, are read with it.
                var words = Span(text, body[h].Cells![c]);
                for (var above = h - 1; above >= 0; above--)
                {
                    words = c < body[above].Cells!.Count ? Span(text, body[above].Cells![c]) + " " + words : words;
                }

                kinds[c] = KindOf(words.Trim(), language, tokenizer, scratch);
                any |= kinds[c] is not null;
            }

            if (any)
            {
                columns = kinds;
                header = h;
            }
        }

        if (columns is null)
        {
            return;
        }

        // A caption (the line right above the table, or above a blank line) or the header stating a period or a
        // running total makes the rows' figures cumulative.
        var caption = first > 0 && rows[first - 1].Cells is null && rows[first - 1].End > rows[first - 1].Start
            ? rows[first - 1]
            : first > 1 && rows[first - 1].End == rows[first - 1].Start && rows[first - 2].Cells is null ? rows[first - 2] : (Row?)null;
        var periodTable = IsPeriod(text.Substring(body[header].Start, body[header].End - body[header].Start), language, tokenizer, scratch, monthAlone: true) ||
            (caption is { } cap && IsPeriod(text.Substring(cap.Start, cap.End - cap.Start), language, tokenizer, scratch, monthAlone: true));
        // Kinds in the first column only ("Killed | 12 | 40"): the table is transposed, a row per kind and a column per
        // label, the labels in its first row.
        var transposed = columns[0] is not null && Array.TrueForAll(columns[1..], k => k is null);
        if (!transposed && header == body.Count - 1)
        {
            // A header with no row under it.
            return;
        }

        var top = transposed && header > 0 ? body[0] : (Row?)null;
        var labelled = columns[0] is null;
        var read = new List<(Figure Figure, string? Place, bool Total, bool Dated)>();
        var tokens = new List<Token>();
        var mentions = new List<Mention>();
        for (var r = transposed ? header : header + 1; r < body.Count; r++)
        {
            var row = body[r];
            var kinds = columns;
            if (transposed)
            {
                kinds = [KindOf(Span(text, row.Cells![0]), language, tokenizer, scratch)];
                if (kinds[0] is null)
                {
                    continue;
                }
            }

            var line = text.Substring(row.Start, row.End - row.Start);
            var rowLabel = labelled && row.Cells!.Count > 0 ? ReadLabel(Span(text, row.Cells[0])) : default;
            tokens.Clear();
            tokenizer.Tokenize(line, tokens);
            NumberReader.Read(tokens, language, scratch, mentions);
            for (var c = labelled || transposed ? 1 : 0; c < row.Cells!.Count; c++)
            {
                if ((transposed ? kinds[0] : c < kinds.Length ? kinds[c] : null) is not { } column ||
                    (accidentStory && column.Kind is FigureKind.Killed or FigureKind.Injured or FigureKind.Casualties))
                {
                    continue;
                }

                var cell = row.Cells[c];
                if (Alone(tokens, mentions, cell.Start - row.Start, cell.End - row.Start) is not { } m)
                {
                    continue;
                }

                var above = transposed && top is { } labels && c < labels.Cells!.Count ? Span(text, labels.Cells[c]) : string.Empty;
                if (transposed && Excluded(above, language, tokenizer, scratch))
                {
                    // "| Name | Age |" over "| Killed soldier | 34 |": the column counts something else.
                    continue;
                }

                var label = transposed ? ReadLabel(above) : rowLabel;
                var start = tokens[m.QualifierStart].Start;
                var length = tokens[m.End - 1].End - start;
                var scope = (periodTable && !label.Dated) || label.Period ? FigureScope.Cumulative : FigureScope.Event;
                var figure = Figure.Create(column.Kind, m.Value, m.Qualifier, scope, line, row.Start + start, length, column.Combined) with
                {
                    EvidenceOffset = start,
                    Vague = m.Vague,
                };
                read.Add((figure, label.Place, label.Total, label.Dated));
            }
        }

        // What a label says: a total, a day, a month or year (a period), or a place.
        Label ReadLabel(string label)
        {
            if (label.Length == 0)
            {
                return default;
            }

            if (IsTotal(label, language, tokenizer, scratch))
            {
                return new Label(true, false, false, null);
            }

            if (IsDate(label, language, tokenizer, scratch))
            {
                return new Label(false, true, false, null);
            }

            if (IsPeriod(label, language, tokenizer, scratch, monthAlone: true) || Year().IsMatch(label))
            {
                return new Label(false, false, true, null);
            }

            var found = gazetteer.Find(label, language.Profile.Code);
            return new Label(false, false, false, found.Count > 0 ? found[0].PlaceId : null);
        }

        // A total row is the whole of the rows above or below it: placed where all their places lie (nowhere, when they
        // lie in no one country), a whole over days is a running total.
        // Rows labelled by places: a label the gazetteer does not know is a place unknown, not the article's.
        var byPlace = read.Exists(p => p.Place is not null);
        foreach (var (figure, place, total, dated) in read)
        {
            if (!total)
            {
                figures.Add(place is not null || (byPlace && !dated) ? figure with { Place = place, PlaceBasis = PlaceBasis } : figure);
                continue;
            }

            var parts = read.FindAll(p => !p.Total && p.Figure.Kind == figure.Kind);
            var whole = figure;
            if (parts.Exists(p => p.Dated))
            {
                whole = whole with { Scope = FigureScope.Cumulative };
            }

            if (byPlace)
            {
                // Where every part lies; nowhere known when a part's place is unknown or they lie in no one country.
                whole = whole with { Place = parts.TrueForAll(p => p.Place is not null) ? Container(parts.Select(p => p.Place!)) : null, PlaceBasis = PlaceBasis };
            }

            figures.Add(whole);
        }
    }

    /// <summary>The deepest place that contains every one of <paramref name="places"/> by its id ("ua" for two oblasts), or null.</summary>
    private static string? Container(IEnumerable<string> places)
    {
        string[]? common = null;
        var length = 0;
        foreach (var place in places)
        {
            var parts = place.Split('/');
            if (common is null)
            {
                common = parts;
                length = parts.Length;
                continue;
            }

            var k = 0;
            while (k < length && k < parts.Length && parts[k] == common[k])
            {
                k++;
            }

            length = k;
        }

        return common is null || length == 0 ? null : string.Join('/', common, 0, length);
    }

    /// <summary>The one number filling a cell (a qualifier before it and marks around it allowed), or null.</summary>
    private static Mention? Alone(List<Token> tokens, List<Mention> mentions, int start, int end)
    {
        Mention? found = null;
        foreach (var m in mentions)
        {
            var from = tokens[m.QualifierStart].Start;
            var to = tokens[m.End - 1].End;
            if (to <= start || from >= end)
            {
                continue;
            }

            if (found is not null || from < start || to > end || m.Weak || m.Value <= 0)
            {
                return null;
            }

            for (var t = m.Start; t < m.End; t++)
            {
                if (tokens[t].IsNumber && tokens[t].Number != Math.Floor(tokens[t].Number))
                {
                    // "12.5": a rate or a share, not a count.
                    return null;
                }
            }

            found = m;
        }

        if (found is not { } only)
        {
            return null;
        }

        foreach (var t in tokens)
        {
            if (t.Start >= start && t.End <= end && (t.Start < tokens[only.QualifierStart].Start || t.End > tokens[only.End - 1].End) && !t.IsPunctuation)
            {
                // "12 (3 children)", "40 homes": words beside the number make it no plain count of the column.
                return null;
            }
        }

        return only;
    }

    /// <summary>The kind a header cell names, or null: people killed, injured or both; drones or missiles launched or downed.</summary>
    private static Column? KindOf(string cell, CompiledLanguage language, Tokenizer tokenizer, List<TermMatch> scratch)
    {
        if (cell.Length == 0 || cell.Contains('%', StringComparison.Ordinal))
        {
            // "Killed (%)": a share, not a count.
            return null;
        }

        var tokens = tokenizer.Tokenize(cell);
        var tagged = new TaggedSentence(cell, 0, tokens, language, scratch);
        bool killed = false, injured = false, casualties = false, drone = false, missile = false, mixed = false, launched = false, downed = false, other = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            switch (tagged.StartingAt(i))
            {
                case { Tag: Tag.Killed or Tag.TollKilled }:
                    killed = true;
                    break;
                case { Tag: Tag.Injured or Tag.TollInjured }:
                    injured = true;
                    break;
                case { Tag: Tag.Casualties or Tag.TollCasualties }:
                    casualties = true;
                    break;
                case { Tag: Tag.Drone } d:
                    drone = true;
                    mixed |= d.Value == CompiledLanguage.MixedWeaponsValue;
                    break;
                case { Tag: Tag.Missile }:
                    missile = true;
                    break;
                case { Tag: Tag.Launched }:
                    launched = true;
                    break;
                case { Tag: Tag.Downed }:
                    downed = true;
                    break;
                case { Tag: Tag.Supplied or Tag.Hypothetical or Tag.Exclusion }:
                    other = true;
                    break;
            }
        }

        if (other)
        {
            return null;
        }

        if ((drone || missile) && launched != downed)
        {
            var combined = mixed || (drone && missile);
            return (drone || combined, downed) switch
            {
                (true, true) => new Column(FigureKind.DronesDowned, combined),
                (true, false) => new Column(FigureKind.DronesLaunched, combined),
                (false, true) => new Column(FigureKind.MissilesDowned, false),
                _ => new Column(FigureKind.MissilesLaunched, false),
            };
        }

        if (drone || missile || launched || downed)
        {
            return null;
        }

        return (killed, injured, casualties) switch
        {
            (_, _, true) or (true, true, _) => new Column(FigureKind.Casualties, false),
            (true, false, false) => new Column(FigureKind.Killed, false),
            (false, true, false) => new Column(FigureKind.Injured, false),
            _ => null,
        };
    }

    /// <summary>A cell naming a unit, share, age, price or supply (data <c>exclusions</c>, <c>supplied</c>, <c>hypothetical</c>, or a %).</summary>
    private static bool Excluded(string cell, CompiledLanguage language, Tokenizer tokenizer, List<TermMatch> scratch)
    {
        if (cell.Contains('%', StringComparison.Ordinal))
        {
            return true;
        }

        var tokens = tokenizer.Tokenize(cell);
        var tagged = new TaggedSentence(cell, 0, tokens, language, scratch);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tagged.StartingAt(i) is { Tag: Tag.Supplied or Tag.Hypothetical or Tag.Exclusion })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A label that opens with a total word (data <c>tableTotals</c>).</summary>
    private static bool IsTotal(string label, CompiledLanguage language, Tokenizer tokenizer, List<TermMatch> scratch)
    {
        var tokens = tokenizer.Tokenize(label);
        var first = tokens.FindIndex(t => t.IsWord);
        if (first < 0)
        {
            return false;
        }

        scratch.Clear();
        language.Totals.MatchAt(tokens, first, scratch);
        return scratch.Count > 0;
    }

    /// <summary>A label that is a day: "12.05", "2025-05-12", "12/5", or a month with a day number beside it ("12 May").</summary>
    private static bool IsDate(string label, CompiledLanguage language, Tokenizer tokenizer, List<TermMatch> scratch)
    {
        if (NumericDate().IsMatch(label))
        {
            return true;
        }

        var tokens = tokenizer.Tokenize(label);
        var tagged = new TaggedSentence(label, 0, tokens, language, scratch);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tagged.StartingAt(i) is { Tag: Tag.Month } month && DayBeside(tokens, month))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Words that state a period or a running total: a running-total phrase ("since the start", "in total"), a period
    /// ("month", "week"), a "since" word, or (with <paramref name="monthAlone"/>) a month named without a day beside it.
    /// </summary>
    private static bool IsPeriod(string text, CompiledLanguage language, Tokenizer tokenizer, List<TermMatch> scratch, bool monthAlone)
    {
        var tokens = tokenizer.Tokenize(text);
        var tagged = new TaggedSentence(text, 0, tokens, language, scratch);
        if (tagged.HasCumulative)
        {
            return true;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && language.SinceWords.Contains(tokens[i].Folded))
            {
                return true;
            }

            switch (tagged.StartingAt(i))
            {
                case { Tag: Tag.Period }:
                    return true;
                case { Tag: Tag.Month } month when monthAlone && !DayBeside(tokens, month):
                    return true;
            }
        }

        return false;
    }

    private static bool DayBeside(List<Token> tokens, TermMatch m) =>
        (m.Start > 0 && tokens[m.Start - 1] is { IsNumber: true, Number: >= 1 and <= 31 }) ||
        (m.End < tokens.Count && tokens[m.End] is { IsNumber: true, Number: >= 1 and <= 31 });

    private static string Span(string text, Cell cell) => text.Substring(cell.Start, cell.End - cell.Start);

    /// <summary>A year alone ("2024"): a column or row of a year's totals.</summary>
    [GeneratedRegex(@"^\s*(19|20)\d\d\s*$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\s*:?-{3,}:?\s*$")]
    private static partial Regex SeparatorCell();

    [GeneratedRegex(@"^\s*(\d{1,4}[./-]\d{1,2}([./-]\d{2,4})?\.?)\s*$")]
    private static partial Regex NumericDate();
}
