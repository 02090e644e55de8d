namespace Reports.Briefings.Pdf.Fonts;

/// <summary>The bundled typefaces. Each has a regular and a bold file under Fonts/.</summary>
internal enum FontFace
{
    /// <summary>DejaVu Sans: Latin (with Vietnamese), Greek, Cyrillic, symbols.</summary>
    DejaVuSans,

    /// <summary>Vazirmatn: Arabic and Persian (and basic Latin and digits).</summary>
    Vazirmatn,
}
