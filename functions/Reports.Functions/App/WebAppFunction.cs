using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;

namespace Reports.Functions.App;

/// <summary>
/// <c>GET /api/app/{*path}</c> (the App function), anonymous: the newsroom web app's static files
/// from the <c>webapp/</c> folder beside the executable. The page holds no data: its API calls carry the staff key.
/// Only the files found in that folder at the first request are served (a fixed list: a path that is not one of them,
/// <c>..</c> included, is 404). Every answer carries an ETag and <c>Cache-Control: no-cache</c> (the browser keeps the
/// file and asks again with <c>If-None-Match</c>, 304 while unchanged), a Content-Security-Policy that allows only
/// this origin's scripts and styles (no inline script; the briefing preview's one inline style by its hash), and
/// <c>X-Content-Type-Options: nosniff</c>.
/// </summary>
internal sealed class WebAppFunction
{
    public const string Name = "App";

    public const string Folder = "webapp";

    private static readonly Lazy<FrozenDictionary<string, StaticFile>> Files = new(() => Load(Path.Combine(AppContext.BaseDirectory, Folder)));

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".json"] = "application/json; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    [Function(Name)]
    public Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "app/{*path}")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // The file's path is what follows /api/app/ (the catch-all route value is not bound as a parameter by the worker).
        var path = request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase, out var rest) ? rest.Value?.TrimStart('/') : null;
        return Task.FromResult(Serve(request.HttpContext, path));
    }

    /// <summary>Where the app is: the host's route prefix (api) and the function's route.</summary>
    public static readonly PathString Prefix = "/api/app";

    /// <summary>The policy of every answer: this origin only; the briefing preview's inline style allowed by hash.</summary>
    internal static string ContentSecurityPolicy { get; } =
        "default-src 'self'; script-src 'self'; style-src 'self' '" + Core.Briefings.HtmlBriefingRenderer.StyleHash + "'; img-src 'self' data:; "
        + "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    internal static IResult Serve(HttpContext context, string? path)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        if (string.IsNullOrEmpty(path))
        {
            // The page's relative links need the trailing slash.
            var request = context.Request;
            if (!request.Path.Value!.EndsWith('/'))
            {
                return Results.Redirect($"{request.PathBase}{request.Path}/{request.QueryString}");
            }

            path = "index.html";
        }

        if (!Files.Value.TryGetValue(path, out var file))
        {
            return Results.Text("Not found.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        headers.CacheControl = "no-cache";
        headers.ETag = file.ETag;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == file.ETag || t.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(file.Content, file.ContentType);
    }

    /// <summary>Every file under the folder with a known type, by its relative path with '/'; nothing else is served.</summary>
    internal static FrozenDictionary<string, StaticFile> Load(string root)
    {
        var files = new Dictionary<string, StaticFile>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return files.ToFrozenDictionary(StringComparer.Ordinal);
        }

        foreach (var full in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (!ContentTypes.TryGetValue(Path.GetExtension(full).ToLowerInvariant(), out var type))
            {
                continue;
            }

            var content = File.ReadAllBytes(full);
            var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..20] + "\"").ToString();
            files[Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/')] = new StaticFile(content, type, etag);
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    internal sealed record StaticFile(byte[] Content, string ContentType, string ETag);
}
