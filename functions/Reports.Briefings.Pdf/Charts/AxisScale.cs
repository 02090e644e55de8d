namespace Reports.Briefings.Pdf.Charts;

/// <summary>A value axis from 0 with "nice" ticks (1, 2 or 5 × 10ⁿ), about five of them.</summary>
internal sealed record AxisScale(long Max, long Step)
{
    public static AxisScale For(long largest)
    {
        if (largest <= 0)
        {
            return new AxisScale(5, 1);
        }

        var rough = largest / 5.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var residual = rough / magnitude;
        var nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        var step = Math.Max(1, (long)(nice * magnitude));
        var max = ((largest / step) + 1) * step; // headroom above the tallest bar for its value label
        return new AxisScale(max, step);
    }

    public IEnumerable<long> Ticks()
    {
        for (var v = 0L; v <= Max; v += Step)
        {
            yield return v;
        }
    }
}
