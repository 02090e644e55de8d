using Reports.Functions.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddReportsFunctions();
var app = builder.Build();
app.MapReportsFunctions();
await app.RunAsync();

/// <summary>The app's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
