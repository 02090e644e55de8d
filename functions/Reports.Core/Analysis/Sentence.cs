namespace Reports.Core.Analysis;

/// <summary>One sentence of the normalised text and where it starts.</summary>
public readonly record struct Sentence(string Text, int Offset)
{
    public int Length => Text.Length;

    public int End => Offset + Text.Length;
}
