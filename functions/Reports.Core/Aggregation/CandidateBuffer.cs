using System.Buffers;

namespace Reports.Core.Aggregation;

/// <summary>
/// A growing list of candidates kept in pooled arrays: a year's report makes hundreds of thousands of candidates in
/// chunks that are copied into one array right away, so the chunks' own arrays are lent, not allocated.
/// </summary>
internal sealed class CandidateBuffer : IDisposable
{
    private Candidate[] items;

    public CandidateBuffer(int capacity) => items = ArrayPool<Candidate>.Shared.Rent(Math.Max(16, capacity));

    public int Count { get; private set; }

    public void Add(in Candidate candidate)
    {
        if (Count == items.Length)
        {
            var larger = ArrayPool<Candidate>.Shared.Rent(items.Length * 2);
            Array.Copy(items, larger, Count);
            ArrayPool<Candidate>.Shared.Return(items, clearArray: true);
            items = larger;
        }

        items[Count++] = candidate;
    }

    public void CopyTo(Candidate[] target, int at) => Array.Copy(items, 0, target, at, Count);

    public void Dispose()
    {
        ArrayPool<Candidate>.Shared.Return(items, clearArray: true);
        items = [];
        Count = 0;
    }
}
