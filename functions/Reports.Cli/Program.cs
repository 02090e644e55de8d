using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

// Placeholder entry point: `analyze <paths> [--format jsonl] [--sentences N]`; replaced by the System.CommandLine CLI.
Console.OutputEncoding = Encoding.UTF8;
if (args.Length < 2 || args[0] != "analyze")
{
    Console.Error.WriteLine("usage: reports analyze <file-or-folder>... [--sentences N]");
    return 2;
}

var sentences = 3;
var paths = new List<string>();
for (var i = 1; i < args.Length; i++)
{
    if (args[i] == "--sentences") { sentences = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); }
    else if (args[i] == "--format") { i++; }
    else { paths.Add(args[i]); }
}

var files = paths.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]);
var analyzer = new ArticleAnalyzer();
var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
foreach (var file in files)
{
    var text = File.ReadAllText(file).Normalize(NormalizationForm.FormC).Replace('_', ' ');
    var a = analyzer.Analyze(new ArticleText(text), sentences);
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        source = file,
        language = a.Language,
        title = a.Title,
        summary = a.Summary,
        figures = a.Figures.Select(f => new { kind = FigureNames.Of(f.Kind), value = f.Value, lower = f.Lower, upper = f.Upper, qualifier = FigureNames.Of(f.Qualifier), scope = FigureNames.Of(f.Scope), evidence = f.Evidence, offset = f.Offset, length = f.Length, combined = f.Combined }),
        error = (string?)null,
    }, json));
}

return 0;
