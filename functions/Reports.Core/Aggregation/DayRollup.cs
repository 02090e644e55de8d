using System.Text;
using Reports.Core.Figures;

namespace Reports.Core.Aggregation;

/// <summary>
/// One day's stored analyses packed into one blob (<c>rollups/yyyy/MM/dd.bin</c>), so a report over a year reads 365
/// blobs instead of 100,000. A rollup is a cache, never the record: each entry names the analysis blob it copies, a
/// report checks the day's listing against it, reads what it lacks from the analyses themselves and writes a fresh
/// rollup (<see cref="AnalysisRepository"/>). The format is binary (length-prefixed UTF-8 strings, a sentence shared by
/// several figures written once) and starts with a fingerprint of the format and of the enums it stores; a rollup with
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
        "v1",
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
                w.Write(a.Summary.Count);
                foreach (var sentence in a.Summary)
                {
                    w.Write(sentence);
                }

                WriteDate(w, a.PublishedOn);
                w.Write(a.UploadedAt.UtcTicks);
                w.Write((short)a.UploadedAt.Offset.TotalMinutes);
                WriteOptional(w, a.ContentHash);
                WriteOptional(w, a.Analyzer);
                WriteOptional(w, a.SummaryBy);
                WriteOptional(w, a.Error);
                w.Write(a.Figures.Count);
                sentences.Clear();
                foreach (var f in a.Figures)
                {
                    w.Write((byte)f.Kind);
                    w.Write(f.Value);
                    w.Write(f.Lower);
                    w.Write(f.Upper.HasValue);
                    w.Write(f.Upper ?? 0);
                    w.Write((byte)f.Qualifier);
                    w.Write((byte)f.Scope);
                    if (sentences.TryGetValue(f.Evidence, out var index))
                    {
                        w.Write(index);
                    }
                    else
                    {
                        w.Write(-1);
                        w.Write(f.Evidence);
                        sentences[f.Evidence] = sentences.Count;
                    }

                    w.Write(f.Offset);
                    w.Write(f.Length);
                    w.Write(f.Combined);
                    WriteOptional(w, f.Place);
                    WriteOptional(w, f.PlaceBasis);
                    WriteOptional(w, f.Side);
                    WriteDate(w, f.EventDate);
                    WriteOptional(w, f.EventDateBasis);
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
            return Decode(content);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException or InvalidDataException)
        {
            return null;
        }
    }

    private static Dictionary<string, StoredAnalysis>? Decode(ReadOnlyMemory<byte> content)
    {
        var r = new Reader(content.Span);
        if (content.Length < 8 || r.UInt32() != Magic || r.String() != Fingerprint)
        {
            return null;
        }

        var count = r.Count();
        var entries = new Dictionary<string, StoredAnalysis>(count, StringComparer.Ordinal);
        var sentences = new List<string>();

        // Languages, places, sides and the like repeat on every entry: one string each per rollup.
        var shared = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < count; i++)
        {
            var name = r.String();
            var articleId = r.String();
            var source = r.String();
            var language = r.String(shared);
            var title = r.String();
            var summary = new string[r.Count()];
            for (var s = 0; s < summary.Length; s++)
            {
                summary[s] = r.String();
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
            sentences.Clear();
            for (var k = 0; k < figures.Length; k++)
            {
                var kind = Read<FigureKind>(r.Byte());
                var value = r.Int64();
                var lower = r.Int64();
                var hasUpper = r.Boolean();
                var upper = r.Int64();
                var qualifier = Read<Qualifier>(r.Byte());
                var scope = Read<FigureScope>(r.Byte());
                var index = r.Int32();
                string evidence;
                if (index < 0)
                {
                    evidence = r.String();
                    sentences.Add(evidence);
                }
                else
                {
                    evidence = index < sentences.Count ? sentences[index] : throw new InvalidDataException("A figure refers to a sentence the rollup does not hold.");
                }

                figures[k] = new Figure(kind, value, lower, hasUpper ? upper : null, qualifier, scope, evidence, r.Int32(), r.Int32(), r.Boolean())
                {
                    Place = r.Optional(shared),
                    PlaceBasis = r.Optional(shared),
                    Side = r.Optional(shared),
                    EventDate = r.Date(),
                    EventDateBasis = r.Optional(shared),
                };
            }

            entries[name] = new StoredAnalysis(articleId, source, language, title, summary, figures, published, uploadedAt)
            {
                ContentHash = contentHash,
                Analyzer = analyzer,
                SummaryBy = summaryBy,
                Error = error,
            };
        }

        return r.AtEnd ? entries : null;
    }

    private static T Read<T>(byte value)
        where T : struct, Enum =>
        System.Enum.IsDefined(typeof(T), (int)value) ? (T)(object)(int)value : throw new InvalidDataException($"{value} is not a {typeof(T).Name}.");

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
}
