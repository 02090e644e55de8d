using System.Text;
using Reports.Core.Figures;

namespace Reports.Core.Aggregation;

/// <summary>
/// One day's stored analyses packed into one blob (<c>rollups/yyyy/MM/dd.bin</c>), so a report over a year reads 365
/// blobs instead of 100,000. A rollup is a cache, never the record: each entry names the analysis blob it copies, a
/// report checks the day's listing against it, reads what it lacks from the analyses themselves and writes a fresh
/// rollup (<see cref="AnalysisRepository"/>). The format is binary (length-prefixed UTF-8 strings, a sentence shared by
/// several figures or by a figure and the summary written once) and starts with a fingerprint of the format and of the enums it stores; a rollup with
/// another fingerprint, or that cannot be read, is ignored and rebuilt.
/// </summary>
public static class DayRollup
{
    /// <summary>The container rollups are kept in.</summary>
    public const string Container = "rollups";

    private const uint Magic = 0x50445252; // "RRDP" little-endian

    /// <summary>Changes whenever the layout below or the stored enums change, so old rollups are rebuilt.</summary>
    private static readonly string Fingerprint = string.Join(
        ';',
        "v5",
        string.Join(",", System.Enum.GetNames<FigureKind>()),
        string.Join(",", System.Enum.GetNames<Qualifier>()),
        string.Join(",", System.Enum.GetNames<FigureScope>()));

    /// <summary>The rollup blob of a day: <c>yyyy/MM/dd.bin</c>.</summary>
    public static string NameOf(DateOnly day) => day.ToString("yyyy'/'MM'/'dd'.bin'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The packed analyses, each with the name of the analysis blob it copies.</summary>
    public static byte[] Encode(IReadOnlyCollection<(string BlobName, StoredAnalysis Analysis)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(Fingerprint);
            w.Write(entries.Count);
            var sentences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (name, a) in entries)
            {
                w.Write(name);
                w.Write(a.ArticleId);
                w.Write(a.Source);
                w.Write(a.Language);
                w.Write(a.Title);
                sentences.Clear();
                w.Write(a.Summary.Count);
                foreach (var sentence in a.Summary)
                {
                    WriteSentence(w, sentences, sentence);
                }

                WriteDate(w, a.PublishedOn);
                w.Write(a.UploadedAt.UtcTicks);
                w.Write((short)a.UploadedAt.Offset.TotalMinutes);
                WriteOptional(w, a.ContentHash);
                WriteOptional(w, a.Analyzer);
                WriteOptional(w, a.SummaryBy);
                WriteOptional(w, a.Error);
                w.Write(a.Figures.Count);
                foreach (var f in a.Figures)
                {
                    w.Write((byte)f.Kind);
                    w.Write(f.Value);
                    w.Write(f.Lower);
                    w.Write(f.Upper.HasValue);
                    w.Write(f.Upper ?? 0);
                    w.Write((byte)f.Qualifier);
                    w.Write((byte)f.Scope);
                    WriteSentence(w, sentences, f.Evidence);

                    w.Write(f.Offset);
                    w.Write(f.Length);
                    w.Write((byte)((f.Combined ? 1 : 0) | (f.Additional ? 2 : 0) | (f.Vague ? 4 : 0)));
                    WriteOptional(w, f.Place);
                    WriteOptional(w, f.PlaceBasis);
                    WriteOptional(w, f.Side);
                    WriteDate(w, f.EventDate);
                    WriteOptional(w, f.EventDateBasis);
                    w.Write(f.Hours ?? -1);
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The entries of a rollup, or null when it is not one this version wrote (or is damaged).</summary>
    public static Dictionary<string, StoredAnalysis>? TryDecode(ReadOnlyMemory<byte> content)
    {
        try
        {
            var entries = new Dictionary<string, StoredAnalysis>(StringComparer.Ordinal);
            return Decode(content.Span, null, null, entries) >= 0 ? entries : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads a rollup against a day's listing: <paramref name="found"/>[i] gets the entry that copies
    /// <paramref name="names"/>[i] (left null when the rollup lacks it); an entry the listing lacks is skipped. Returns
    /// how many entries the rollup holds, or -1 when it is not one this version wrote (or is damaged; then
    /// <paramref name="found"/> is left all null). No entry's name becomes a string: the listing already holds them.
    /// </summary>
    public static int TryDecode(ReadOnlyMemory<byte> content, IReadOnlyList<string> names, StoredAnalysis?[] found)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(found);
        try
        {
            var count = Decode(content.Span, names, found, null);
            if (count < 0)
            {
                Array.Clear(found);
            }

            return count;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException or InvalidDataException)
        {
            Array.Clear(found);
            return -1;
        }
    }

    /// <summary>
    /// Decodes into <paramref name="all"/> (by name), or, given the day's <paramref name="names"/>, into
    /// <paramref name="found"/> by the name's position; returns the number of entries, or -1 when the rollup is not one
    /// this version wrote.
    /// </summary>
    private static int Decode(ReadOnlySpan<byte> content, IReadOnlyList<string>? names, StoredAnalysis?[]? found, Dictionary<string, StoredAnalysis>? all)
    {
        var r = new Reader(content);
        if (content.Length < 8 || r.UInt32() != Magic || r.String() != Fingerprint)
        {
            return -1;
        }

        var count = r.Count();
        all?.EnsureCapacity(count);
        var sentences = new List<string>();

        // Languages, places, sides and the like repeat on every entry: one string each per rollup.
        var shared = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        // Entries are written in the listing's order, so the next name is almost always the one after the last match;
        // the lookup by name is built only when it is not.
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? byName = null;
        var next = 0;
        Span<char> nameBuffer = stackalloc char[256];
        for (var i = 0; i < count; i++)
        {
            string? name = null;
            var at = -1;
            if (names is null)
            {
                name = r.String();
            }
            else
            {
                var bytes = r.Bytes();
                var chars = bytes.Length <= nameBuffer.Length ? nameBuffer : new char[bytes.Length];
                var nameChars = chars[..Encoding.UTF8.GetChars(bytes, chars)];
                if (next < names.Count && nameChars.SequenceEqual(names[next]))
                {
                    at = next;
                }
                else
                {
                    byName ??= ByName(names);
                    at = byName.Value.TryGetValue(nameChars, out var position) ? position : -1;
                }

                if (at >= 0)
                {
                    next = at + 1;
                }
            }

            var articleId = r.String();
            var source = r.String();
            var language = r.String(shared);
            var title = r.String();
            sentences.Clear();
            var summary = new string[r.Count()];
            for (var s = 0; s < summary.Length; s++)
            {
                summary[s] = r.Sentence(sentences);
            }

            var published = r.Date();
            var ticks = r.Int64();
            var offset = TimeSpan.FromMinutes(r.Int16());
            var uploadedAt = new DateTimeOffset(ticks + offset.Ticks, offset);
            var contentHash = r.Optional();
            var analyzer = r.Optional(shared);
            var summaryBy = r.Optional(shared);
            var error = r.Optional();
            var figures = new Figure[r.Count()];
            for (var k = 0; k < figures.Length; k++)
            {
                var kind = Read<FigureKind>(r.Byte());
                var value = r.Int64();
                var lower = r.Int64();
                var hasUpper = r.Boolean();
                var upper = r.Int64();
                var qualifier = Read<Qualifier>(r.Byte());
                var scope = Read<FigureScope>(r.Byte());
                var evidence = r.Sentence(sentences);
                var phraseOffset = r.Int32();
                var phraseLength = r.Int32();
                var flags = r.Byte();
                figures[k] = new Figure(kind, value, lower, hasUpper ? upper : null, qualifier, scope, evidence, phraseOffset, phraseLength, (flags & 1) != 0)
                {
                    Additional = (flags & 2) != 0,
                    Vague = (flags & 4) != 0,
                    Place = r.Optional(shared),
                    PlaceBasis = r.Optional(shared),
                    Side = r.Optional(shared),
                    EventDate = r.Date(),
                    EventDateBasis = r.Optional(shared),
                    Hours = r.Int32() is var hours and >= 0 ? hours : null,
                };
            }

            var analysis = new StoredAnalysis(articleId, source, language, title, summary, figures, published, uploadedAt)
            {
                ContentHash = contentHash,
                Analyzer = analyzer,
                SummaryBy = summaryBy,
                Error = error,
            };
            if (name is not null)
            {
                all![name] = analysis;
            }
            else if (at >= 0)
            {
                found![at] = analysis;
            }
        }

        return r.AtEnd ? count : -1;
    }

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByName(IReadOnlyList<string> names)
    {
        var byName = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            byName.TryAdd(names[i], i);
        }

        return byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static T Read<T>(byte value)
        where T : struct, Enum
    {
        // Without boxing: a year's report reads a million of these.
        if (!Defined<T>.Values[value])
        {
            throw new InvalidDataException($"{value} is not a {typeof(T).Name}.");
        }

        int number = value;
        return System.Runtime.CompilerServices.Unsafe.As<int, T>(ref number);
    }

    /// <summary>Which byte values name a member of <typeparamref name="T"/> (an int-based enum).</summary>
    private static class Defined<T>
        where T : struct, Enum
    {
        public static readonly bool[] Values = Make();

        private static bool[] Make()
        {
            var values = new bool[256];
            foreach (var v in System.Enum.GetValues<T>())
            {
                var number = Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture);
                if (number is >= 0 and < 256)
                {
                    values[number] = true;
                }
            }

            return values;
        }
    }

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote (little-endian numbers, 7-bit length-prefixed UTF-8).</summary>
    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> data = data;
        private int at;

        public readonly bool AtEnd => at == data.Length;

        public byte Byte() => Take(1)[0];

        public bool Boolean() => Byte() != 0;

        public short Int16() => System.Buffers.Binary.BinaryPrimitives.ReadInt16LittleEndian(Take(2));

        public int Int32() => System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public uint UInt32() => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

        public long Int64() => System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(Take(8));

        public int Count()
        {
            var n = Int32();
            return n >= 0 && n <= data.Length ? n : throw new InvalidDataException("A count in the rollup is out of range.");
        }

        public DateOnly? Date() => Int32() is var n and >= 0 ? DateOnly.FromDayNumber(n) : null;

        public string String() => Encoding.UTF8.GetString(Take(Length()));

        /// <summary>A string's UTF-8 bytes, not decoded.</summary>
        public ReadOnlySpan<byte> Bytes() => Take(Length());

        /// <summary>A sentence: an index into the entry's sentences so far, or -1 and a new one.</summary>
        public string Sentence(List<string> sentences)
        {
            var index = Int32();
            if (index >= 0)
            {
                return index < sentences.Count ? sentences[index] : throw new InvalidDataException("A figure refers to a sentence the rollup does not hold.");
            }

            var sentence = String();
            sentences.Add(sentence);
            return sentence;
        }

        public string String(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> shared)
        {
            var bytes = Take(Length());
            if (bytes.Length > 128)
            {
                return Encoding.UTF8.GetString(bytes);
            }

            Span<char> chars = stackalloc char[bytes.Length];
            var n = Encoding.UTF8.GetChars(bytes, chars);
            if (shared.TryGetValue(chars[..n], out var known))
            {
                return known;
            }

            var made = new string(chars[..n]);
            shared.Add(made);
            return made;
        }

        public string? Optional() => Boolean() ? String() : null;

        public string? Optional(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> shared) => Boolean() ? String(shared) : null;

        private int Length()
        {
            // 7-bit encoded, as BinaryWriter.Write(string) writes it.
            var result = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                result |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    return result >= 0 ? result : throw new InvalidDataException("A string length in the rollup is out of range.");
                }
            }

            throw new InvalidDataException("A string length in the rollup is malformed.");
        }

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || n > data.Length - at)
            {
                throw new EndOfStreamException("The rollup ends early.");
            }

            var span = data.Slice(at, n);
            at += n;
            return span;
        }
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static void WriteDate(BinaryWriter w, DateOnly? day) => w.Write(day?.DayNumber ?? -1);

    /// <summary>A sentence of one entry: its index when the entry wrote it before (summary or evidence), else -1 and the text.</summary>
    private static void WriteSentence(BinaryWriter w, Dictionary<string, int> sentences, string sentence)
    {
        if (sentences.TryGetValue(sentence, out var index))
        {
            w.Write(index);
        }
        else
        {
            w.Write(-1);
            w.Write(sentence);
            sentences[sentence] = sentences.Count;
        }
    }
}
