using System.Text;

namespace Reports.Briefings.Pdf.Tests;

/// <summary>A binary PGM (P5, 8-bit) as written by <c>pdftoppm -gray</c>.</summary>
internal sealed class GrayImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public static GrayImage ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        string Next()
        {
            while (char.IsWhiteSpace((char)bytes[position]) || bytes[position] == '#')
            {
                if (bytes[position] == '#')
                {
                    while (bytes[position] != '\n')
                    {
                        position++;
                    }
                }

                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(bytes, start, position - start);
        }

        var magic = Next();
        if (magic != "P5")
        {
            throw new InvalidDataException($"{path} is not a binary PGM ({magic}).");
        }

        var w = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
        var h = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
        _ = Next(); // max value, 255
        position++;
        return new GrayImage(w, h, bytes[position..(position + (w * h))]);
    }

    public byte this[int x, int y] => pixels[(y * Width) + x];

    /// <summary>Share of pixels darker than near-white in a rectangle given in PDF points (72 per inch).</summary>
    public double InkShare(double left, double top, double width, double height, int dpi)
    {
        var scale = dpi / 72.0;
        int x0 = (int)(left * scale), y0 = (int)(top * scale), x1 = (int)((left + width) * scale), y1 = (int)((top + height) * scale);
        var dark = 0;
        var total = 0;
        for (var y = Math.Max(0, y0); y < Math.Min(Height, y1); y++)
        {
            for (var x = Math.Max(0, x0); x < Math.Min(Width, x1); x++)
            {
                total++;
                if (this[x, y] < 230)
                {
                    dark++;
                }
            }
        }

        return total == 0 ? 0 : (double)dark / total;
    }
}
