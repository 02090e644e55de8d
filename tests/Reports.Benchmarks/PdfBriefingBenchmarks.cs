using BenchmarkDotNet.Attributes;
using PdfSharp.Pdf.IO;
using Reports.Briefings.Pdf;
using Reports.Core.Briefings;

namespace Reports.Benchmarks;

/// <summary>Renders a synthetic briefing to PDF: pages/s = pages ÷ mean time (the page count is printed in setup).</summary>
[MemoryDiagnoser]
public class PdfBriefingBenchmarks
{
    private readonly PdfBriefingRenderer _renderer = new();
    private Briefing _briefing = null!;

    [Params(200)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _briefing = SyntheticBriefing.Create(Articles);
        using var output = new MemoryStream();
        _renderer.RenderAsync(_briefing, output, CancellationToken.None).GetAwaiter().GetResult();
        output.Position = 0;
        var pages = PdfReader.Open(output, PdfDocumentOpenMode.Import).PageCount;
        Console.WriteLine($"// {Articles} articles, {_briefing.Events.Count} events: {pages} pages, {output.Length / 1024} KiB");
        if (Environment.GetEnvironmentVariable("REPORTS_BENCH_PDF") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, output.ToArray()); // to look at the pages
        }
    }

    [Benchmark]
    public long Render()
    {
        using var output = new MemoryStream();
        _renderer.RenderAsync(_briefing, output, CancellationToken.None).GetAwaiter().GetResult();
        return output.Length;
    }
}
