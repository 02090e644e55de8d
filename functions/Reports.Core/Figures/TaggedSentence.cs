namespace Reports.Core.Figures;

/// <summary>
/// A sentence's tokens with the language's keywords found in them. Keywords are matched longest first and a
/// longer term hides the shorter ones inside it ("máy bay không người lái" is a drone, its "người" no person).
/// </summary>
internal sealed class TaggedSentence
{
    private readonly TermMatch?[] _startsAt;
    private readonly TermMatch?[] _endsAt;

    public TaggedSentence(string text, int offset, List<Token> tokens, CompiledLanguage language, List<TermMatch> scratch)
    {
        Text = text;
        Offset = offset;
        Tokens = tokens;
        _startsAt = new TermMatch?[tokens.Count];
        _endsAt = new TermMatch?[tokens.Count + 1];
        var coveredUntil = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i < coveredUntil || !tokens[i].IsWord)
            {
                continue;
            }

            scratch.Clear();
            language.Keywords.MatchAt(tokens, i, scratch);
            TermMatch? best = null;
            foreach (var m in scratch)
            {
                if (best is null || m.End > best.Value.End || (m.End == best.Value.End && Priority(m.Tag) > Priority(best.Value.Tag)))
                {
                    best = m;
                }
            }

            if (best is { } match)
            {
                _startsAt[i] = match;
                _endsAt[match.End] ??= match;
                coveredUntil = match.End;
                HasCumulative |= match.Tag == Tag.Cumulative;
                HasAccident |= match.Tag == Tag.Accident;
                HasViolence |= match.Tag is Tag.Downed or Tag.Drone or Tag.Missile || (match.Tag == Tag.Launched && match.Value == CompiledLanguage.AttackValue);
            }
        }
    }

    public string Text { get; }

    public int Offset { get; }

    public List<Token> Tokens { get; }

    public bool HasCumulative { get; }

    /// <summary>The sentence names an accident or disaster.</summary>
    public bool HasAccident { get; }

    /// <summary>The sentence names an attack, a weapon or shooting down.</summary>
    public bool HasViolence { get; }

    /// <summary>Casualties here were caused by an accident, not violence.</summary>
    public bool IsAccident => HasAccident && !HasViolence;

    public int Count => Tokens.Count;

    public TermMatch? StartingAt(int i) => i >= 0 && i < _startsAt.Length ? _startsAt[i] : null;

    public TermMatch? EndingAt(int i) => i >= 0 && i < _endsAt.Length ? _endsAt[i] : null;

    /// <summary>When one term is in two lists, what it is taken for.</summary>
    private static int Priority(Tag tag) => tag switch
    {
        Tag.Exclusion => 20,
        Tag.Supplied => 16,
        Tag.Downed => 15,
        Tag.TollKilled or Tag.TollInjured or Tag.TollCasualties => 17,
        Tag.Killed => 14,
        Tag.Injured => 13,
        Tag.Casualties => 12,
        Tag.Drone => 11,
        Tag.Missile => 10,
        Tag.Launched => 9,
        Tag.Others => 8,
        Tag.People => 7,
        _ => 1,
    };
}
