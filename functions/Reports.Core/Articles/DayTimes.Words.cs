using Reports.Core.Figures;
using Reports.Core.Places;

namespace Reports.Core.Articles;

/// <summary>The sentence's words read once into reused buffers (no string per word), and its times kept for its next toll.</summary>
public sealed partial class DayTimes
{
    /// <summary>Buffers grown past this many characters or words are dropped after use rather than kept by the thread.</summary>
    private const int MaxKept = 1 << 16;

    /// <summary>
    /// A sentence's folded words (<see cref="TextFold"/>), one after the other in one buffer: word i is
    /// <c>this[i]</c>, read where the text's word i (<see cref="Gazetteer.Words(string)"/>) stands.
    /// </summary>
    private sealed class SentenceWords
    {
        private char[] buffer = new char[512];
        private int[] starts = new int[64];
        private int[] lengths = new int[64];

        public int Count { get; private set; }

        public ReadOnlySpan<char> this[int i] => buffer.AsSpan(starts[i], lengths[i]);

        /// <summary>Folds the words at <paramref name="spans"/> of <paramref name="text"/>.</summary>
        public void Fill(string text, List<(int Offset, int Length)> spans)
        {
            if (buffer.Length < text.Length)
            {
                buffer = new char[Math.Max(text.Length, buffer.Length * 2)];
            }

            if (starts.Length < spans.Count)
            {
                starts = new int[Math.Max(spans.Count, starts.Length * 2)];
                lengths = new int[starts.Length];
            }

            var at = 0;
            for (var i = 0; i < spans.Count; i++)
            {
                starts[i] = at;
                lengths[i] = TextFold.FoldInto(text.AsSpan(spans[i].Offset, spans[i].Length), buffer.AsSpan(at));
                at += lengths[i];
            }

            Count = spans.Count;
        }

        public bool TooLarge => buffer.Length > MaxKept || starts.Length > MaxKept;
    }

    /// <summary>
    /// The last sentence read on this thread, with its words and its times (<see cref="Times"/>, which do not depend on the
    /// figure asked about): the tolls of one sentence ("killed two and injured five") read it once.
    /// </summary>
    private sealed class SentenceTimes
    {
        [ThreadStatic]
        private static SentenceTimes? current;

        private readonly SentenceWords words = new();
        private string? text;
        private Rules? rules;

        public List<(int Offset, int Length)> Spans { get; } = [];

        public List<(int Start, int End, int Hours)> Times { get; } = [];

        /// <summary>The sentence's words and times, read now unless they are this thread's last read ones.</summary>
        public static SentenceTimes Read(string text, Rules rules)
        {
            var read = current ??= new SentenceTimes();
            if (ReferenceEquals(read.text, text) && ReferenceEquals(read.rules, rules))
            {
                return read;
            }

            Gazetteer.WordsInto(text, read.Spans);
            read.words.Fill(text, read.Spans);
            read.Times.Clear();
            DayTimes.Times(text, read.Spans, read.words, rules, read.Times);
            (read.text, read.rules) = (text, rules);
            if (read.words.TooLarge || read.Spans.Count > MaxKept)
            {
                // A huge text's buffers are not kept for the thread's lifetime (the result is still good for this call).
                current = null;
            }

            return read;
        }
    }
}
