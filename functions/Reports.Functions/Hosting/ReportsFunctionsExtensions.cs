using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
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
using Reports.Functions.Invocations;
using Reports.Functions.Local;
using Reports.Functions.Storage;

namespace Reports.Functions.Hosting;

/// <summary>The app's one entry point for services and endpoints.</summary>
public static class ReportsFunctionsExtensions
{
    /// <summary>The local runner's address when none is configured, the one Functions Core Tools uses.</summary>
    public const string LocalUrl = "http://localhost:7071";

    /// <summary>
    /// Adds the functions, the storage and, when run standalone, the local runner (blob watcher, timers). Started by
    /// the Functions host (FUNCTIONS_CUSTOMHANDLER_PORT set) it listens on 127.0.0.1:port only.
    /// </summary>
    public static WebApplicationBuilder AddReportsFunctions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var host = HostSettings.From(builder.Configuration);
        if (host.Mode == HostMode.CustomHandler)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{host.Port}");
        }
        else
        {
            LocalSettings.AddTo(builder.Configuration, Directory.GetCurrentDirectory());
            if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])
                && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_HTTP_PORTS"])
                && string.IsNullOrEmpty(builder.Configuration["HTTP_PORTS"]))
            {
                builder.WebHost.UseUrls(LocalUrl);
            }
        }

        // Defaults that function.json reads as %Setting% (the local timer resolves them from configuration), lowest first.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["ReportsBriefingSchedule"] = BriefingOptions.DefaultSchedule },
        });
        // Keys never reach the log: ASP.NET Core's request lines carry the query string (?code=<key>), so they stay off
        // whatever the configuration asks (this rule is registered after the configuration's and wins on a tie).
        foreach (var category in RequestLineCategories)
        {
            builder.Logging.AddFilter(category, LogLevel.Warning);
        }

        builder.Services.AddReportsFunctions(host);
        return builder;
    }

    /// <summary>The logger categories that write request URLs, query string included.</summary>
    internal static readonly string[] RequestLineCategories =
        ["Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.AspNetCore.Routing.EndpointMiddleware", "Microsoft.AspNetCore.HttpLogging", "System.Net.Http.HttpClient"];

    internal static IServiceCollection AddReportsFunctions(this IServiceCollection services, HostSettings host)
    {
        services.AddSingleton(host);
        services.AddOptions<ReportsOptions>().BindConfiguration(string.Empty)
            .Validate(o => o.KeyProblem() is null, "A configured key is unusable: ReportsApiKey and ReportsReadKey must be at least 16 characters with no spaces, and differ.")
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
            };
        });
        services.AddReportsAnalyzer();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<ArticleUploader>();
        services.AddSingleton<ArticleCatalog>();
        services.AddSingleton<ApiAccess>();
        services.AddSingleton<IFunctionHandler, AnalyzeArticleFunction>();
        services.AddReportsBriefings();
        services.AddSingleton<FunctionDispatcher>();
        services.AddSingleton(sp =>
        {
            var root = sp.GetRequiredService<IOptions<ReportsOptions>>().Value.FunctionsRoot;
            return new FunctionCatalog(string.IsNullOrWhiteSpace(root) ? AppContext.BaseDirectory : root);
        });
        services.AddHostedService<ContainerInitializer>();
        if (host.Mode == HostMode.Local)
        {
            services.AddSingleton<BlobTriggerWatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<BlobTriggerWatcher>());
            services.AddHostedService<TimerScheduler>();
        }

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
        services.AddSingleton(sp => LanguageClients.Create(
            sp.GetRequiredService<AzureLanguageSettings>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LanguageClient>>()));
        services.AddSingleton<IArticleAnalysisService>(sp =>
        {
            var settings = sp.GetRequiredService<AzureLanguageSettings>();
            var builtIn = sp.GetRequiredService<AnalyzerPool>();
            return settings.UsesService
                ? new AzureLanguageAnalyzer(sp.GetRequiredService<LanguageClient>(), builtIn, settings, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AzureLanguageAnalyzer>>())
                : builtIn;
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
        services.AddSingleton<IFunctionHandler, DailyBriefingFunction>();
        return services;
    }

    /// <summary>
    /// Maps <c>GET /</c> (the host's readiness probe), the HTTP API under /api, and, under the Functions host,
    /// <c>POST /{FunctionName}</c> for the non-HTTP functions.
    /// </summary>
    public static WebApplication MapReportsFunctions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var host = app.Services.GetRequiredService<HostSettings>();
        if (host.Mode == HostMode.CustomHandler)
        {
            // The host proxies HTTP functions from loopback; its X-Forwarded-* headers give the public address.
            app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto });
        }

        app.UseExceptionHandler(errors => errors.Run(ApiErrors.WriteUnhandledAsync));
        app.MapGet("/", () => Results.Json(new { status = "ready" }));
        app.MapArticleEndpoints();
        app.MapReportEndpoints();
        app.MapSubscriberEndpoints();
        app.MapUnsubscribeEndpoints();
        if (host.Mode == HostMode.CustomHandler)
        {
            app.MapPost("/{function}", InvokeAsync);
        }

        return app;
    }

    /// <summary>Invocation bodies carry whole blobs as base64: allow more than Kestrel's 30 MB default (loopback only).</summary>
    private const long MaxInvocationBytes = 256L * 1024 * 1024;

    private static async Task InvokeAsync(string function, HttpContext context, FunctionDispatcher dispatcher)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxInvocationBytes;
        }

        var response = await dispatcher.DispatchAsync(function, context.Request.Body, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = response.StatusCode;
        await context.Response.WriteAsJsonAsync(response.Result, context.RequestAborted).ConfigureAwait(false);
    }
}
