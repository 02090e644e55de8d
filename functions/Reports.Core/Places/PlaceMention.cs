namespace Reports.Core.Places;

/// <summary>A place named in a text: the gazetteer id and where its words sit (UTF-16 offsets into the text).</summary>
public readonly record struct PlaceMention(string PlaceId, int Offset, int Length)
{
    /// <summary>One past the mention's last character.</summary>
    public int End => Offset + Length;

    /// <summary>
    /// True when the words are an official's name (gazetteer <c>officials</c>: "Вячеслав Гладков"): they name the place
    /// the official reports for as the article's, not where a figure of their sentence happened.
    /// </summary>
    public bool Official { get; init; }
}
