namespace Reports.Core.Analysis;

/// <summary>A unit-length sparse vector: ascending term ids and their weights.</summary>
internal readonly record struct SparseVector(int[] Ids, double[] Weights)
{
    public static SparseVector Empty { get; } = new([], []);

    /// <summary>Dot product by merging the two sorted id lists (the cosine, both being unit vectors).</summary>
    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            var a = Ids[i];
            var b = other.Ids[j];
            if (a == b)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
