using System.Buffers.Binary;

namespace Reports.Briefings.Pdf.Fonts;

/// <summary>
/// Rewrites a TrueType font so that no composite glyph refers to another composite glyph. PDFsharp's subsetter adds the
/// components of the glyphs a document uses, but only one level down, so a glyph like DejaVu's "ấ" (a + a composite
/// circumflex-acute) lost its marks in the subset. After flattening, every component is a simple glyph and the subset
/// is complete. Only offset-only nesting is flattened (what accented letters use); anything else is left as it was.
/// Hinting instructions of the flattened glyphs are dropped (PDF viewers rasterise without them).
/// </summary>
internal static class CompositeGlyphFlattener
{
    private const ushort ArgsAreWords = 0x0001;
    private const ushort ArgsAreXyValues = 0x0002;
    private const ushort RoundXyToGrid = 0x0004;
    private const ushort HaveScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HaveXyScale = 0x0040;
    private const ushort HaveTwoByTwo = 0x0080;
    private const ushort HaveInstructions = 0x0100;
    private const ushort OverlapCompound = 0x0400;
    private const ushort ScaledOffset = 0x0800;
    private const ushort UnscaledOffset = 0x1000;
    private const ushort TransformFlags = HaveScale | HaveXyScale | HaveTwoByTwo;

    /// <summary>Returns the font with nested composites flattened, or the same array when there are none.</summary>
    public static byte[] Flatten(byte[] font)
    {
        var tables = ReadDirectory(font);
        if (!tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp))
        {
            return font;
        }

        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxp.Offset + 4));
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head.Offset + 50)) == 1;
        var glyphs = new byte[numGlyphs][];
        for (var g = 0; g < numGlyphs; g++)
        {
            var start = LocaEntry(font, loca.Offset, g, longLoca);
            var end = LocaEntry(font, loca.Offset, g + 1, longLoca);
            glyphs[g] = font.AsSpan(glyf.Offset + start, Math.Max(0, end - start)).ToArray();
        }

        var memo = new Dictionary<int, List<Component>?>();
        var changed = false;
        var output = new byte[numGlyphs][];
        for (var g = 0; g < numGlyphs; g++)
        {
            output[g] = glyphs[g];
            if (!IsComposite(glyphs[g]) || !HasCompositeComponent(glyphs, Parse(glyphs[g])))
            {
                continue;
            }

            if (FlatComponents(glyphs, g, memo, 0) is { } flat)
            {
                output[g] = Write(glyphs[g].AsSpan(0, 10), flat);
                changed = true;
            }
        }

        return changed ? Rebuild(font, tables, output) : font;
    }

    /// <summary>How many composite glyphs refer to another composite glyph (what PDFsharp's subsetter gets wrong).</summary>
    public static int CountNested(byte[] font)
    {
        var tables = ReadDirectory(font);
        var (glyf, loca, head, maxp) = (tables["glyf"], tables["loca"], tables["head"], tables["maxp"]);
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxp.Offset + 4));
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head.Offset + 50)) == 1;
        var glyphs = Enumerable.Range(0, numGlyphs).Select(g =>
        {
            var start = LocaEntry(font, loca.Offset, g, longLoca);
            var end = LocaEntry(font, loca.Offset, g + 1, longLoca);
            return font.AsSpan(glyf.Offset + start, Math.Max(0, end - start)).ToArray();
        }).ToArray();
        return glyphs.Count(g => IsComposite(g) && HasCompositeComponent(glyphs, Parse(g)));
    }

    private static bool IsComposite(byte[] glyph) => glyph.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(glyph) < 0;

    private static bool HasCompositeComponent(byte[][] glyphs, List<Component> components) =>
        components.Any(c => c.Glyph < glyphs.Length && IsComposite(glyphs[c.Glyph]));

    // The components of glyph g with every composite component replaced by its own (flattened) components, or null
    // when some nesting cannot be flattened by adding offsets.
    private static List<Component>? FlatComponents(byte[][] glyphs, int g, Dictionary<int, List<Component>?> memo, int depth)
    {
        if (memo.TryGetValue(g, out var known))
        {
            return known;
        }

        List<Component>? result = [];
        if (depth > 8)
        {
            result = null;
        }
        else
        {
            foreach (var component in Parse(glyphs[g]))
            {
                if (component.Glyph >= glyphs.Length || !IsComposite(glyphs[component.Glyph]))
                {
                    result.Add(component);
                    continue;
                }

                var inner = (component.Flags & ArgsAreXyValues) != 0 && (component.Flags & TransformFlags) == 0
                    ? FlatComponents(glyphs, component.Glyph, memo, depth + 1)
                    : null;
                if (inner is null || inner.Any(c => (c.Flags & ArgsAreXyValues) == 0))
                {
                    result = null;
                    break;
                }

                result.AddRange(inner.Select(c => c with { Dx = c.Dx + component.Dx, Dy = c.Dy + component.Dy, Flags = (ushort)(c.Flags | (component.Flags & RoundXyToGrid)) }));
            }
        }

        memo[g] = result;
        return result;
    }

    private static List<Component> Parse(byte[] glyph)
    {
        var components = new List<Component>();
        var position = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position));
            var index = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position + 2));
            position += 4;
            int a, b;
            if ((flags & ArgsAreWords) != 0)
            {
                a = BinaryPrimitives.ReadInt16BigEndian(glyph.AsSpan(position));
                b = BinaryPrimitives.ReadInt16BigEndian(glyph.AsSpan(position + 2));
                position += 4;
            }
            else
            {
                a = (flags & ArgsAreXyValues) != 0 ? unchecked((sbyte)glyph[position]) : glyph[position];
                b = (flags & ArgsAreXyValues) != 0 ? unchecked((sbyte)glyph[position + 1]) : glyph[position + 1];
                position += 2;
            }

            var transformLength = (flags & HaveScale) != 0 ? 2 : (flags & HaveXyScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0;
            var transform = glyph.AsSpan(position, transformLength).ToArray();
            position += transformLength;
            components.Add(new Component(flags, index, a, b, transform));
        }
        while ((flags & MoreComponents) != 0);

        return components;
    }

    private static byte[] Write(ReadOnlySpan<byte> header, List<Component> components)
    {
        using var stream = new MemoryStream();
        stream.Write(header);
        Span<byte> buffer = stackalloc byte[8];
        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            var keep = (ushort)(c.Flags & (ArgsAreXyValues | RoundXyToGrid | TransformFlags | OverlapCompound | ScaledOffset | UnscaledOffset));
            var flags = (ushort)(keep | ArgsAreWords | (i < components.Count - 1 ? MoreComponents : 0));
            BinaryPrimitives.WriteUInt16BigEndian(buffer, flags);
            BinaryPrimitives.WriteUInt16BigEndian(buffer[2..], c.Glyph);
            BinaryPrimitives.WriteInt16BigEndian(buffer[4..], checked((short)c.Dx));
            BinaryPrimitives.WriteInt16BigEndian(buffer[6..], checked((short)c.Dy));
            stream.Write(buffer);
            stream.Write(c.Transform);
        }

        return stream.ToArray();
    }

    private static int LocaEntry(byte[] font, int locaOffset, int glyph, bool longLoca) => longLoca
        ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(locaOffset + (4 * glyph)))
        : BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(locaOffset + (2 * glyph))) * 2;

    private static Dictionary<string, (int Offset, int Length)> ReadDirectory(byte[] font)
    {
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var entry = 12 + (16 * i);
            var tag = System.Text.Encoding.ASCII.GetString(font, entry, 4);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 12)));
        }

        return tables;
    }

    // Writes the font again with the new glyf, a long-format loca, head.indexToLocFormat = 1 and fresh checksums.
    private static byte[] Rebuild(byte[] font, Dictionary<string, (int Offset, int Length)> tables, byte[][] glyphs)
    {
        using var glyf = new MemoryStream();
        var loca = new byte[4 * (glyphs.Length + 1)];
        for (var g = 0; g < glyphs.Length; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)glyf.Length);
            glyf.Write(glyphs[g]);
            while (glyf.Length % 4 != 0)
            {
                glyf.WriteByte(0);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * glyphs.Length), (uint)glyf.Length);

        var order = tables.OrderBy(t => t.Value.Offset).Select(t => t.Key).ToList();
        var data = order.ToDictionary(tag => tag, tag => tag switch
        {
            "glyf" => glyf.ToArray(),
            "loca" => loca,
            _ => font.AsSpan(tables[tag].Offset, tables[tag].Length).ToArray(),
        });
        BinaryPrimitives.WriteInt16BigEndian(data["head"].AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(data["head"].AsSpan(8), 0);

        var directoryLength = 12 + (16 * order.Count);
        using var output = new MemoryStream();
        output.Write(font.AsSpan(0, 12));
        var offset = directoryLength;
        var entries = new byte[16 * order.Count];
        var sortedTags = order.OrderBy(t => t, StringComparer.Ordinal).ToList();
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tag in order)
        {
            offsets[tag] = offset;
            offset += Padded(data[tag].Length);
        }

        for (var i = 0; i < sortedTags.Count; i++)
        {
            var tag = sortedTags[i];
            var entry = entries.AsSpan(16 * i);
            System.Text.Encoding.ASCII.GetBytes(tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(data[tag]));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offsets[tag]);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)data[tag].Length);
        }

        output.Write(entries);
        foreach (var tag in order)
        {
            output.Write(data[tag]);
            for (var pad = data[tag].Length; pad < Padded(data[tag].Length); pad++)
            {
                output.WriteByte(0);
            }
        }

        var result = output.ToArray();
        var headOffset = offsets["head"];
        BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(result)));
        return result;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++)
            {
                word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }

    private sealed record Component(ushort Flags, ushort Glyph, int Dx, int Dy, byte[] Transform);
}
