using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Fonts;
using Reports.Briefings.Pdf.Text;

namespace Reports.Briefings.Pdf.Layout;

/// <summary>
/// Lays text out into lines: NFC, Arabic shaping (logical order), greedy word wrap at spaces (a word wider than the
/// box is broken between characters), then per line the bidi reorder into visual order and the split into font runs.
/// Each paragraph ("\n") takes its direction from its first strong character, or for an article's own text from the
/// script most of its letters are in; right-to-left lines align right.
/// </summary>
internal sealed class TextLayout : IDisposable
{
    private readonly FontSet _fonts;
    private readonly XGraphics _measure;
    private readonly Dictionary<(string, bool, double), double> _widths = [];

    public TextLayout(FontSet fonts)
    {
        _fonts = fonts;
        _measure = XGraphics.CreateMeasureContext(new XSize(PageGeometry.Width, PageGeometry.Height), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public FontSet Fonts => _fonts;

    public TextBlock Layout(string text, TextStyle style, double width, ParagraphDirection direction = ParagraphDirection.FirstStrong)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prepared = ArabicShaper.Shape(text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal));
        var lines = new List<TextLine>();
        foreach (var paragraph in prepared.Split('\n'))
        {
            var rightToLeft = direction == ParagraphDirection.Dominant ? BidiLine.IsMostlyRightToLeft(paragraph) : BidiLine.IsRightToLeft(paragraph);
            var words = paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                lines.Add(new TextLine([], 0, rightToLeft));
                continue;
            }

            WrapParagraph(words, style, width, rightToLeft, lines);
        }

        return new TextBlock(lines, style);
    }

    /// <summary>The width of text on one line (shaped, in logical order; widths do not depend on order).</summary>
    public double Measure(string text, TextStyle style)
    {
        if (_widths.TryGetValue((text, style.Bold, style.Size), out var width))
        {
            return width;
        }

        width = 0;
        foreach (var (face, run) in _fonts.Split(text, style.Bold))
        {
            width += _measure.MeasureString(run, _fonts.Get(face, style.Bold, style.Size)).Width;
        }

        _widths[(text, style.Bold, style.Size)] = width;
        return width;
    }

    public void Dispose() => _measure.Dispose();

    private void WrapParagraph(string[] words, TextStyle style, double width, bool rightToLeft, List<TextLine> lines)
    {
        var space = Measure(" ", style);
        var current = new List<string>();
        var currentWidth = 0.0;
        foreach (var word in words)
        {
            var wordWidth = Measure(word, style);
            if (wordWidth > width)
            {
                Flush();
                var pieces = BreakWord(word, style, width);
                foreach (var piece in pieces.Take(pieces.Count - 1))
                {
                    lines.Add(MakeLine(piece, style, rightToLeft));
                }

                current.Add(pieces[^1]);
                currentWidth = Measure(pieces[^1], style);
                continue;
            }

            var needed = current.Count == 0 ? wordWidth : currentWidth + space + wordWidth;
            if (needed > width && current.Count > 0)
            {
                Flush();
                needed = wordWidth;
            }

            current.Add(word);
            currentWidth = needed;
        }

        Flush();

        void Flush()
        {
            if (current.Count > 0)
            {
                lines.Add(MakeLine(string.Join(' ', current), style, rightToLeft));
                current.Clear();
                currentWidth = 0;
            }
        }
    }

    private List<string> BreakWord(string word, TextStyle style, double width)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (piece.Length > 0 && Measure(piece + element, style) > width)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }

            piece.Append(element);
        }

        pieces.Add(piece.ToString());
        return pieces;
    }

    private TextLine MakeLine(string logical, TextStyle style, bool rightToLeft)
    {
        var visual = BidiLine.Reorder(logical, rightToLeft);
        var runs = new List<GlyphRun>();
        var total = 0.0;
        foreach (var (face, text) in _fonts.Split(visual, style.Bold))
        {
            var font = _fonts.Get(face, style.Bold, style.Size);
            var runWidth = Measure(text, style);
            runs.Add(new GlyphRun(text, font, runWidth));
            total += runWidth;
        }

        return new TextLine(runs, total, rightToLeft);
    }
}
