using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reports.Adapters.Language;
using Reports.Adapters.Storage;
using Reports.Briefings.Pdf;
using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.AzureLanguage;
using Reports.Core.Briefings;
using Reports.Core.Delivery;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Functions.Articles;
using Reports.Functions.Briefings;
using Reports.Functions.Delivery;
using Reports.Functions.LocalHost;
using Reports.Functions.Storage;

namespace Reports.Functions.Hosting;

/// <summary>The app's one entry point for services and endpoints.</summary>
public static class ReportsFunctionsExtensions
{
    /// <summary>The local runner's address when none is configured, the one Functions Core Tools uses.</summary>
    public const string LocalUrl = "http://localhost:7071";

    /// <summary>
    /// The local host (the app started on its own, without the Functions host): its settings (local.settings.json,
    /// http://localhost:7071 unless configured), the services the functions use, the blob watcher and the timers.
    /// </summary>
    public static WebApplicationBuilder AddReportsFunctions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        LocalSettings.AddTo(builder.Configuration, Directory.GetCurrentDirectory());
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_HTTP_PORTS"])
            && string.IsNullOrEmpty(builder.Configuration["HTTP_PORTS"]))
        {
            builder.WebHost.UseUrls(LocalUrl);
        }

        AddScheduleDefault(builder.Configuration);
        KeepKeysOutOfTheLog(builder.Logging);
        builder.Services.AddReportsServices(new HostSettings(HostMode.Local));
        builder.Services.AddLocalHost();
        return builder;
    }

    /// <summary>
    /// Defaults that the triggers read as %Setting% (the local timers resolve them from configuration), lowest first.
    /// In Azure the setting must exist (infra/app/functionapp.bicep sets it): the host cannot index a timer without it.
    /// </summary>
    internal static void AddScheduleDefault(IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["ReportsBriefingSchedule"] = BriefingOptions.DefaultSchedule },
        });

    /// <summary>
    /// Keys never reach the log: ASP.NET Core's request lines carry the query string (?code=&lt;key&gt;), so they stay
    /// off whatever the configuration asks (this rule is registered after the configuration's and wins on a tie).
    /// </summary>
    internal static void KeepKeysOutOfTheLog(ILoggingBuilder logging)
    {
        foreach (var category in RequestLineCategories)
        {
            logging.AddFilter(category, LogLevel.Warning);
        }
    }

    /// <summary>The logger categories that write request URLs, query string included.</summary>
    internal static readonly string[] RequestLineCategories =
        ["Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.AspNetCore.Routing.EndpointMiddleware", "Microsoft.AspNetCore.HttpLogging", "System.Net.Http.HttpClient"];

    /// <summary>The services the function classes use, the same under the Functions host and in the local host.</summary>
    public static IServiceCollection AddReportsServices(this IServiceCollection services, HostSettings host)
    {
        ArgumentNullException.ThrowIfNull(host);
        services.AddSingleton(host);
        services.AddOptions<ReportsOptions>().BindConfiguration(string.Empty)
            .Validate(o => o.KeyProblem() is null, "A configured key is unusable: ReportsApiKey and ReportsReadKey must be at least 16 characters with no spaces, and differ.")
            .Validate(o => o.GraceProblem() is null, "ReportsPendingGraceMinutes must be at least 1 and longer than two storage timeouts (2 x ReportsStoreTimeoutSeconds).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddReportsBlobClient();
        services.TryAddSingleton<IBlobStore>(sp => BlobStores.Create(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IOptions<ReportsOptions>>().Value,
            sp.GetRequiredService<HostSettings>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ReportsOptions>>().Value;
            return new IngestOptions
            {
                MaxArticleBytes = options.MaxArticleBytes,
                ClaimLease = TimeSpan.FromSeconds(options.ClaimLeaseSeconds),
                MaxAttempts = options.MaxDeliveryAttempts,
                AnalysisBudget = TimeSpan.FromSeconds(options.AnalysisBudgetSeconds),
                PendingGrace = TimeSpan.FromMinutes(options.PendingGraceMinutes),
            };
        });
        services.AddReportsAnalyzer();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<ArticleUploader>();
        services.AddSingleton<ArticleCatalog>();
        services.AddSingleton<ApiAccess>();
        services.AddReportsBriefings();
        services.AddHostedService<ContainerInitializer>();
        services.AddSingleton<PendingIndexReconciler>();
        services.AddHostedService<IndexReconciliation>();
        return services;
    }

    /// <summary>
    /// The analyzer <c>ReportsAnalyzer</c> selects: the built-in one, or Azure AI Language for summaries and languages
    /// (its settings are checked at startup by <see cref="AnalyzerStartupCheck"/>: a wrong one stops the app with a
    /// message naming it).
    /// </summary>
    private static IServiceCollection AddReportsAnalyzer(this IServiceCollection services)
    {
        services.AddSingleton<AnalyzerPool>();
        services.AddSingleton(sp => AzureLanguageSettings.From(key => sp.GetRequiredService<IConfiguration>()[key]));
        services.AddReportsLanguageClient();
        services.AddSingleton<IArticleAnalysisService>(sp =>
        {
            var settings = sp.GetRequiredService<AzureLanguageSettings>();
            var builtIn = sp.GetRequiredService<AnalyzerPool>();
            IArticleAnalysisService analyzer = settings.UsesService
                ? new AzureLanguageAnalyzer(sp.GetRequiredService<LanguageClient>(), builtIn, settings, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AzureLanguageAnalyzer>>())
                : builtIn;

            // Inert unless the crash test sets its environment variable for a local host it starts (test only).
            return TestFaultInjection.Wrap(analyzer, sp.GetRequiredService<HostSettings>(), Environment.GetEnvironmentVariable);
        });

        // First of the hosted services: a wrong setting stops the app before anything else starts.
        services.AddHostedService<AnalyzerStartupCheck>();
        return services;
    }

    /// <summary>Reports, the daily briefing and its delivery: renderers (with the PDF), archive, subscribers.</summary>
    private static IServiceCollection AddReportsBriefings(this IServiceCollection services)
    {
        services.AddOptions<BriefingOptions>().BindConfiguration(string.Empty);
        services.AddSingleton(new BriefingRenderers([.. BriefingRenderers.BuiltIn, new PdfBriefingRenderer()]));
        services.AddSingleton(sp => new AnalysisRepository(sp.GetRequiredService<IBlobStore>()));
        services.AddSingleton<BriefingArchive>();
        services.AddSingleton(sp => new SubscriberStore(sp.GetRequiredService<IBlobStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SubscriberStore>>()));
        services.AddSingleton<DeliverySetup>();
        return services;
    }

    /// <summary>
    /// The local host's HTTP side: <c>GET /</c> (ready), every HTTP function at its route under /api (built from the
    /// function classes' attributes, <see cref="LocalFunctions"/>), and the error answers for exceptions.
    /// </summary>
    public static WebApplication MapReportsFunctions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(errors => errors.Run(ApiErrors.WriteUnhandledAsync));
        app.MapGet("/", () => Results.Json(new { status = "ready" }));
        app.MapHttpFunctions(app.Services.GetRequiredService<LocalFunctions>());
        return app;
    }
}
