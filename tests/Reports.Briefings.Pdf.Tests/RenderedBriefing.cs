using Reports.Core.Briefings;

namespace Reports.Briefings.Pdf.Tests;

/// <summary>The sample briefing rendered once per test class, saved under the temp folder for the poppler tools.</summary>
public sealed class RenderedBriefing : IDisposable
{
    public RenderedBriefing()
    {
        Briefing = SampleBriefing.Create();
        Folder = Directory.CreateTempSubdirectory("reports-pdf-").FullName;
        Path = System.IO.Path.Combine(Folder, "briefing.pdf");
        using var stream = File.Create(Path);
        new PdfBriefingRenderer().RenderAsync(Briefing, stream, CancellationToken.None).GetAwaiter().GetResult();
    }

    internal Briefing Briefing { get; }

    public string Folder { get; }

    public string Path { get; }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("REPORTS_KEEP_PDF") is null)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
