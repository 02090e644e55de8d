using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Reports.Benchmarks.Hostile;

/// <summary>One generated input: a name (its extension picks the reader), the bytes, and its size in its own unit.</summary>
/// <param name="Label">What it is, for the table.</param>
/// <param name="Name">The upload name (its extension picks the reader).</param>
/// <param name="Units">How many sentences (or paragraphs, nesting levels, invalid sequences) it holds.</param>
/// <param name="Unit">The unit of <paramref name="Units"/>.</param>
/// <param name="Bytes">The upload.</param>
internal sealed record HostileInput(string Label, string Name, long Units, string Unit, byte[] Bytes);

/// <summary>
/// The hostile inputs of issue 12, generated here (no texts are copied from anywhere): many short sentences, many
/// sentences with figures, huge single lines, deep nesting, a docx with a huge document.xml, invalid UTF-8 bytes.
/// Each family grows until past the limits, so the table shows where the limits take over.
/// </summary>
internal static class HostileInputs
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static IEnumerable<HostileInput> All()
    {
        foreach (var n in (int[])[1_000, 10_000, 32_000, 100_000, 200_000, 300_000])
        {
            yield return new($"{n:N0} short sentences", $"short-{n}.txt", n, "sentences", Utf8.GetBytes(ShortSentences(n)));
        }

        foreach (var n in (int[])[1_000, 10_000, 50_000, 100_000])
        {
            yield return new($"{n:N0} sentences with figures", $"figures-{n}.txt", n, "sentences", Utf8.GetBytes(FigureSentences(n)));
        }

        // Twenty-first session: one sentence listing thousands of items, per language, and the other shapes of
        // Reports.Testing.HostileText (a list of 300,000 "N UAV và" items, 3.3 MB, ran past 120 s before).
        foreach (var shape in Reports.Testing.HostileText.Shapes)
        {
            foreach (var n in (int[])[1_000, 10_000, 100_000, 300_000])
            {
                if (n == 300_000 && shape != "list-vi")
                {
                    continue;
                }

                yield return new($"{shape}, {n:N0} items", $"{shape}-{n}.txt", n, "items", Utf8.GetBytes(Reports.Testing.HostileText.Build(shape, n)));
            }
        }

        var html = OneLineHtml(4_800_000, out var paragraphs);
        yield return new("one line of HTML, 4.6 MB", "one-line.html", paragraphs, "sentences", Utf8.GetBytes(html));
        yield return new("one line without a sentence end, 4.6 MB", "run-on.txt", 1, "sentences", Utf8.GetBytes(RunOn(4_800_000)));
        foreach (var rows in (int[])[2_000, 175_000])
        {
            var table = MarkdownTable(rows);
            yield return new($"Markdown table, {rows:N0} rows", $"table-{rows}.md", rows, "rows", Utf8.GetBytes(table));
        }

        foreach (var depth in (int[])[500, 1_000, 100_000])
        {
            yield return new($"HTML nested {depth:N0} deep", $"nested-{depth}.html", depth, "levels", Utf8.GetBytes(Nested(depth)));
        }

        foreach (var n in (int[])[32_000, 200_000, 1_000_000])
        {
            yield return new($"docx, {n:N0} paragraphs ({(n * 52L + 200) / (1024.0 * 1024):N1} MB of XML)", $"paragraphs-{n}.docx", n, "paragraphs", Docx(n));
        }

        yield return new("UTF-8 with 2 invalid bytes", "two-invalid.txt", 2, "invalid", TwoInvalid());
        yield return new("40,000 invalid UTF-8 sequences", "invalid.txt", 40_000, "invalid", ManyInvalid(40_000));
    }

    /// <summary>A casualty table of the given rows ("| Region 17 | 17 | 17 |"), every cell under a kind column a figure.</summary>
    public static string MarkdownTable(int rows)
    {
        var text = new StringBuilder("Casualties by region\n\n| Region | Killed | Injured |\n|---|---|---|\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"| Region {i} | {i % 50} | {i % 70} |\n");
        }

        return text.ToString();
    }

    /// <summary>"Drone 17 hit the town." repeated with changing numbers, 10 to a line.</summary>
    public static string ShortSentences(int count)
    {
        var text = new StringBuilder("Drones over the town\n\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Drone {i} hit the town.").Append(i % 10 == 0 ? '\n' : ' ');
        }

        return text.ToString();
    }

    /// <summary>Sentences the figure extractor has work with: casualties and drones with qualifiers and places.</summary>
    public static string FigureSentences(int count)
    {
        string[] places = ["Dorn", "Vell", "Hask", "Ombri", "Lute"];
        var text = new StringBuilder("A long night of strikes\n\n");
        for (var i = 1; i <= count; i++)
        {
            var place = places[i % places.Length];
            text.Append(
                (i % 3) switch
                {
                    0 => string.Create(CultureInfo.InvariantCulture, $"At least {i % 90 + 2} people were killed in {place} on Monday, officials said."),
                    1 => string.Create(CultureInfo.InvariantCulture, $"The air force shot down {i % 50 + 3} of {i % 50 + 9} drones launched at {place}."),
                    _ => string.Create(CultureInfo.InvariantCulture, $"More than {i % 70 + 5} people were wounded near {place}, the governor said."),
                }).Append(i % 5 == 0 ? '\n' : ' ');
        }

        return text.ToString();
    }

    /// <summary>A page with no line break at all: short sentences in paragraphs, all on one line.</summary>
    public static string OneLineHtml(int bytes, out int paragraphs)
    {
        var text = new StringBuilder("<!doctype html><html><head><title>One line</title></head><body>");
        paragraphs = 0;
        while (text.Length < bytes)
        {
            text.Append(CultureInfo.InvariantCulture, $"<p>Shells hit block {++paragraphs} of the town.</p>");
        }

        return text.Append("</body></html>").ToString();
    }

    /// <summary>Words without any sentence end or line break.</summary>
    public static string RunOn(int bytes)
    {
        var text = new StringBuilder();
        for (var i = 1; text.Length < bytes; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"word{i % 1000} and ");
        }

        return text.ToString();
    }

    public static string Nested(int depth)
    {
        var text = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            text.Append("<div>");
        }

        text.Append("At least 3 people were killed when shells hit the town.");
        for (var i = 0; i < depth; i++)
        {
            text.Append("</div>");
        }

        return text.Append("</body></html>").ToString();
    }

    /// <summary>A minimal Word document with one short sentence per paragraph (document.xml grows, the zip barely).</summary>
    public static byte[] Docx(int paragraphs)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            using var writer = new StreamWriter(stream, Utf8);
            writer.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
            for (var i = 1; i <= paragraphs; i++)
            {
                writer.Write("<w:p><w:r><w:t>Drone hit the town.</w:t></w:r></w:p>");
            }

            writer.Write("</w:body></w:document>");
        }

        return output.ToArray();
    }

    public static byte[] TwoInvalid()
    {
        var bytes = new List<byte>(Utf8.GetBytes("Strikes on the port\n\nAt least 5 people were killed when"));
        bytes.AddRange([0xFF, 0xFE]);
        bytes.AddRange(Utf8.GetBytes(" drones hit the port on Monday, officials said. Rescue teams were searching the rubble.\n"));
        return [.. bytes];
    }

    /// <summary>Text where every word is followed by a byte that is never valid UTF-8.</summary>
    public static byte[] ManyInvalid(int count)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < count; i++)
        {
            bytes.AddRange(Utf8.GetBytes("the town was hit "));
            bytes.Add(0xC0);
        }

        return [.. bytes];
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Utf8);
        writer.Write(text);
    }
}
