namespace Reports.Core.Places;

/// <summary>A place named in a text: the gazetteer id and where its words sit (UTF-16 offsets into the text).</summary>
/// <remarks>
/// Lists of mentions are built for every article, so the struct stays at 16 bytes: the <see cref="Official"/> flag is the
/// sign bit of the stored length (a length is never negative).
/// </remarks>
public readonly record struct PlaceMention
{
    private readonly int _length;

    public PlaceMention(string placeId, int offset, int length)
    {
        PlaceId = placeId;
        Offset = offset;
        _length = length & int.MaxValue;
    }

    /// <summary>The gazetteer id of the place.</summary>
    public string PlaceId { get; init; }

    /// <summary>The offset of the mention's first character.</summary>
    public int Offset { get; init; }

    /// <summary>The mention's length in characters.</summary>
    public int Length
    {
        get => _length & int.MaxValue;
        init => _length = (value & int.MaxValue) | (_length & int.MinValue);
    }

    /// <summary>One past the mention's last character.</summary>
    public int End => Offset + Length;

    /// <summary>
    /// True when the words are an official's name (gazetteer <c>officials</c>: "Вячеслав Гладков"): they name the place
    /// the official reports for as the article's, not where a figure of their sentence happened.
    /// </summary>
    public bool Official
    {
        get => _length < 0;
        init => _length = value ? _length | int.MinValue : _length & int.MaxValue;
    }
}
