namespace Reports.Core.Places;

public static partial class FigurePlaces
{
    /// <summary>
    /// <see cref="Gazetteer.IsLauncher"/> of one article's mentions, each decided on its first request and kept: the
    /// main place's ranking, and every weapons figure's launcher and downing checks, ask it of the same mentions again
    /// (each weapons figure of a sentence asks it of every place the sentence names; its verb-final clause check reads up
    /// to 160 characters after the place against every phrase). The answer depends only on the text, the language and
    /// where the mention starts and ends, so a kept answer is the one the gazetteer would give. One per thread, emptied
    /// per article.
    /// </summary>
    private sealed class LauncherMemo
    {
        /// <summary>A table grown past this many mentions is not kept for the next article.</summary>
        private const int MaxKept = 4_096;

        [ThreadStatic]
        private static LauncherMemo? _current;

        private readonly Dictionary<long, bool> _known = [];
        private Gazetteer _gazetteer = null!;
        private string _text = string.Empty;
        private string _language = string.Empty;

        /// <summary>This thread's memo, emptied, for <paramref name="text"/> read in <paramref name="language"/>.</summary>
        public static LauncherMemo ForArticle(Gazetteer gazetteer, string text, string language)
        {
            var memo = _current is { } kept && kept._known.Count <= MaxKept ? kept : (_current = new LauncherMemo());
            memo._known.Clear();
            memo._gazetteer = gazetteer;
            memo._text = text;
            memo._language = language;
            return memo;
        }

        /// <summary>As <see cref="Gazetteer.IsLauncher"/> of the article's text, language and <paramref name="mention"/>.</summary>
        public bool IsLauncher(PlaceMention mention)
        {
            var key = ((long)mention.Offset << 32) | (uint)mention.Length;
            if (_known.TryGetValue(key, out var known))
            {
                return known;
            }

            var launcher = _gazetteer.IsLauncher(_text, mention, _language);
            _known[key] = launcher;
            return launcher;
        }

        /// <summary>As <see cref="Gazetteer.IsTarget"/> of the article's text and language.</summary>
        public bool IsTarget(PlaceMention mention) => _gazetteer.IsTarget(_text, mention, _language);

        /// <summary>As <see cref="Gazetteer.Opponent"/>.</summary>
        public string? Opponent(string side) => _gazetteer.Opponent(side);
    }
}
