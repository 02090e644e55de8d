using PdfSharp.Drawing;
using Reports.Briefings.Pdf.Layout;

namespace Reports.Briefings.Pdf.Document;

/// <summary>Every text style and colour of the briefing, in one place.</summary>
internal static class Typography
{
    public static readonly XColor Ink = XColor.FromArgb(0x1F, 0x29, 0x33);
    public static readonly XColor Muted = XColor.FromArgb(0x61, 0x6E, 0x7C);
    public static readonly XColor Rule = XColor.FromArgb(0xCB, 0xD2, 0xD9);
    public static readonly XColor Accent = XColor.FromArgb(0x1F, 0x5F, 0x8B);
    public static readonly XColor Panel = XColor.FromArgb(0xF0, 0xF4, 0xF8);
    public static readonly XColor Zebra = XColor.FromArgb(0xF7, 0xF9, 0xFB);

    public static readonly XColor DronesLaunched = XColor.FromArgb(0xE0, 0x7B, 0x39);
    public static readonly XColor DronesDowned = XColor.FromArgb(0xF3, 0xC2, 0x8B);
    public static readonly XColor MissilesLaunched = XColor.FromArgb(0x7B, 0x2C, 0x5E);
    public static readonly XColor MissilesDowned = XColor.FromArgb(0xC9, 0x8B, 0xB9);
    public static readonly XColor Killed = XColor.FromArgb(0xB2, 0x3A, 0x48);
    public static readonly XColor Injured = XColor.FromArgb(0x3D, 0x7E, 0xA6);

    public static readonly TextStyle Title = new(40, true, Ink);
    public static readonly TextStyle Subtitle = new(13, false, Muted);
    public static readonly TextStyle Heading = new(17, true, Accent);
    public static readonly TextStyle Subheading = new(11.5, true, Ink);
    public static readonly TextStyle Body = new(9.5, false, Ink);
    public static readonly TextStyle BodyBold = new(9.5, true, Ink);
    public static readonly TextStyle Evidence = new(9, false, Ink);
    public static readonly TextStyle Small = new(8, false, Muted);
    public static readonly TextStyle TableHeader = new(8.5, true, Ink);
    public static readonly TextStyle TableCell = new(8.5, false, Ink);
    public static readonly TextStyle Headline = new(20, true, Ink);
    public static readonly TextStyle Caption = new(7.5, false, Muted);
    public static readonly TextStyle Footer = new(7.5, false, Muted);

    public static XPen RulePen => new(Rule, 0.6);
}
