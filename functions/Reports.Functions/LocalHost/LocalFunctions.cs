using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;

namespace Reports.Functions.LocalHost;

/// <summary>What starts a function.</summary>
public enum TriggerKind
{
    Http,
    Blob,
    Timer,
}

/// <summary>
/// One function as its attributes declare it — the same attributes the Worker SDK writes to <c>functions.metadata</c>
/// for the Functions host: <c>[Function]</c> gives the name, the trigger attribute on a parameter everything else.
/// </summary>
public sealed record LocalFunction(string Name, Type Type, MethodInfo Method, ParameterInfo TriggerParameter, TriggerKind Kind, Attribute Trigger)
{
    /// <summary>HTTP: the route (under /api), without the prefix.</summary>
    public string? Route => (Trigger as HttpTriggerAttribute)?.Route;

    /// <summary>HTTP: the methods, upper case.</summary>
    public IReadOnlyList<string> Methods =>
        Trigger is HttpTriggerAttribute http ? [.. (http.Methods ?? []).Select(m => m.ToUpperInvariant())] : [];

    /// <summary>HTTP: the authorization level the host enforces with its function keys.</summary>
    public AuthorizationLevel AuthLevel => (Trigger as HttpTriggerAttribute)?.AuthLevel ?? AuthorizationLevel.Anonymous;

    /// <summary>Blob: <c>container/{pattern}</c>.</summary>
    public string? BlobPath => (Trigger as BlobTriggerAttribute)?.BlobPath;

    /// <summary>Timer: the NCRONTAB schedule or <c>%Setting%</c>.</summary>
    public string? Schedule => (Trigger as TimerTriggerAttribute)?.Schedule;

    /// <summary>Timer: run once when the host starts.</summary>
    public bool RunOnStartup => (Trigger as TimerTriggerAttribute)?.RunOnStartup ?? false;
}

/// <summary>
/// The local host's table of functions, found by reflection over the <c>[Function]</c> methods, and the one way it
/// calls them: a new instance from the services per invocation (as the worker's activator does), the trigger's value,
/// the binding data by parameter name, a <see cref="LocalFunctionContext"/>, the cancellation token. The HTTP routes,
/// the watcher's container and the timers' schedules all come from here, so nothing is declared twice.
/// </summary>
public sealed class LocalFunctions
{
    /// <summary>The HTTP route prefix (host.json <c>extensions.http.routePrefix</c>).</summary>
    public const string RoutePrefix = "api";

    private readonly Dictionary<Type, ObjectFactory> _factories = [];

    public LocalFunctions(IEnumerable<LocalFunction> functions)
    {
        All = [.. functions];
        foreach (var duplicate in All.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException($"Two functions are named {duplicate.Key}.");
        }

        foreach (var type in All.Select(f => f.Type).Distinct().Where(t => !t.IsAbstract))
        {
            _factories[type] = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);
        }
    }

    public IReadOnlyList<LocalFunction> All { get; }

    public IEnumerable<LocalFunction> Of(TriggerKind kind) => All.Where(f => f.Kind == kind);

    public LocalFunction this[string name] => All.Single(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The functions of the given types (every <c>[Function]</c> method with a trigger the local host serves).</summary>
    public static LocalFunctions From(params Type[] types) => new(types.SelectMany(Discover));

    /// <summary>The functions of an assembly.</summary>
    public static LocalFunctions FromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return new(assembly.GetTypes().Where(t => t.IsClass).SelectMany(Discover));
    }

    /// <summary>These functions and those of the given types.</summary>
    public LocalFunctions With(params Type[] types) => new(All.Concat(types.SelectMany(Discover)));

    /// <summary>
    /// Calls a function once. <paramref name="trigger"/> is the trigger parameter's value; other parameters come from
    /// <paramref name="context"/> (its binding data by name, its cancellation token) or are the context itself.
    /// Exceptions reach the caller unwrapped. Returns what the function returned (awaited).
    /// </summary>
    public async Task<object?> InvokeAsync(LocalFunction function, IServiceProvider services, LocalFunctionContext context, object? trigger)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(context);
        var parameters = function.Method.GetParameters();
        var args = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            args[i] = Bind(function, parameters[i], context, trigger);
        }

        var instance = function.Method.IsStatic ? null : _factories[function.Type](services, null);
        try
        {
            var returned = function.Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null);
            return await AwaitAsync(returned).ConfigureAwait(false);
        }
        finally
        {
            switch (instance)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    /// <summary>Serves an HTTP function: its result (<see cref="IResult"/> or <see cref="IActionResult"/>) becomes the response.</summary>
    internal async Task ServeAsync(LocalFunction function, HttpContext http)
    {
        var data = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in http.Request.Query)
        {
            data[key] = value.ToString();
        }

        foreach (var (key, value) in http.Request.RouteValues)
        {
            data[key] = value?.ToString();
        }

        var context = new LocalFunctionContext(function.Name, http.RequestServices, data, http.RequestAborted);
        switch (await InvokeAsync(function, http.RequestServices, context, http.Request).ConfigureAwait(false))
        {
            case IResult result:
                await result.ExecuteAsync(http).ConfigureAwait(false);
                break;
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor())).ConfigureAwait(false);
                break;
            case null:
                break;
            case var other:
                throw new InvalidOperationException($"{function.Name} returned {other.GetType().Name}; an HTTP function returns IResult or IActionResult.");
        }
    }

    private static object? Bind(LocalFunction function, ParameterInfo parameter, LocalFunctionContext context, object? trigger)
    {
        var type = parameter.ParameterType;
        if (parameter == function.TriggerParameter)
        {
            return Convert(trigger, type);
        }

        if (type == typeof(CancellationToken))
        {
            return context.CancellationToken;
        }

        if (type == typeof(FunctionContext))
        {
            return context;
        }

        if (parameter.Name is { } name && context.BindingContext.BindingData.TryGetValue(name, out var value))
        {
            return Convert(value, type);
        }

        return parameter.HasDefaultValue
            ? parameter.DefaultValue
            : throw new InvalidOperationException($"{function.Name}: the local host has no value for parameter '{parameter.Name}' ({type.Name}).");
    }

    private static object? Convert(object? value, Type type) => value switch
    {
        null => null,
        _ when type.IsInstanceOfType(value) => value,
        byte[] bytes when type == typeof(string) => System.Text.Encoding.UTF8.GetString(bytes),
        byte[] bytes when type == typeof(BinaryData) => new BinaryData(bytes),
        byte[] bytes when type == typeof(ReadOnlyMemory<byte>) => new ReadOnlyMemory<byte>(bytes),
        byte[] bytes when type == typeof(Stream) => new MemoryStream(bytes, writable: false),
        string text when type == typeof(string) => text,
        _ => System.Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<object?> AwaitAsync(object? returned)
    {
        switch (returned)
        {
            case Task task:
                await task.ConfigureAwait(false);
                var type = task.GetType();
                return type.IsGenericType && type.GetProperty("Result") is { } result && result.PropertyType.Name != "VoidTaskResult" ? result.GetValue(task) : null;
            case ValueTask valueTask:
                await valueTask.ConfigureAwait(false);
                return null;
            default:
                return returned;
        }
    }

    private static IEnumerable<LocalFunction> Discover(Type type)
    {
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
            {
                continue;
            }

            foreach (var parameter in method.GetParameters())
            {
                var (kind, trigger) = parameter.GetCustomAttributes().FirstOrDefault(a => a is HttpTriggerAttribute or BlobTriggerAttribute or TimerTriggerAttribute) switch
                {
                    HttpTriggerAttribute http => (TriggerKind.Http, (Attribute)http),
                    BlobTriggerAttribute blob => (TriggerKind.Blob, blob),
                    TimerTriggerAttribute timer => (TriggerKind.Timer, timer),
                    _ => (default(TriggerKind), (Attribute?)null),
                };
                if (trigger is not null)
                {
                    yield return new LocalFunction(function.Name, type, method, parameter, kind, trigger);
                    break;
                }
            }
        }
    }
}

/// <summary>The local host's registrations and its HTTP routes.</summary>
public static class LocalHostExtensions
{
    /// <summary>The function table (the app's functions), the blob watcher and the timers.</summary>
    public static IServiceCollection AddLocalHost(this IServiceCollection services)
    {
        services.AddMvcCore();
        services.AddSingleton(_ => LocalFunctions.FromAssembly(typeof(LocalFunctions).Assembly));
        services.AddSingleton<UploadTraffic>();
        services.AddSingleton<BlobTriggerWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<BlobTriggerWatcher>());
        services.AddHostedService<TimerScheduler>();
        return services;
    }

    /// <summary>
    /// One endpoint per HTTP function at <c>/api/{route}</c> for its methods, named after it. Keys: the function
    /// classes check them through <see cref="Articles.ApiAccess"/>, which stands in for the host's function keys here.
    /// </summary>
    public static IEndpointRouteBuilder MapHttpFunctions(this IEndpointRouteBuilder routes, LocalFunctions functions)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(functions);
        var traffic = routes.ServiceProvider.GetRequiredService<UploadTraffic>();
        foreach (var function in functions.Of(TriggerKind.Http))
        {
            RequestDelegate serve = function.Name == Articles.UploadArticleFunction.Name
                ? async http =>
                {
                    using (traffic.Begin())
                    {
                        await functions.ServeAsync(function, http).ConfigureAwait(false);
                    }
                }
                : http => functions.ServeAsync(function, http);
            routes.MapMethods($"/{LocalFunctions.RoutePrefix}/{function.Route ?? function.Name}", function.Methods, serve)
                .WithName(function.Name)
                .WithMetadata(function);
        }

        return routes;
    }
}
