namespace Reports.Core.Figures;

internal sealed partial class TaggedSentence
{
    /// <summary>
    /// The sentence is a wire update's editor's note about the article (data <c>editorNotes</c>, right after an opening
    /// parenthesis): "(Adds details on casualties in paragraph 4, quote in paragraph 7)", "(Corrects number of dead to two
    /// from three in headline and paragraph 1)", "(Actualisé avec le bilan au paragraphe 3)". Its numbers are paragraphs
    /// and replaced values. (A correction told in prose, "An earlier version of this story said 16 people were killed",
    /// is read: the fifteenth session pinned both values.)
    /// </summary>
    public bool IsEditorNote(CompiledLanguage language)
    {
        var first = 0;
        while (first < Tokens.Count && Tokens[first].IsPunctuation)
        {
            first++;
        }

        return first > 0 && first < Tokens.Count && Tokens[first - 1].Folded == "(" && Tokens[first].IsWord && language.EditorNotes.Contains(Tokens[first].Folded);
    }
}
