using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Azure.Functions.Worker;

namespace Reports.Functions.LocalHost;

/// <summary>
/// The <see cref="FunctionContext"/> the local host passes where a function takes one: the invocation's id, the
/// function's name, the trigger's binding data (for the blob trigger: <c>name</c>, <c>Uri</c>, <c>Properties</c>,
/// <c>Metadata</c>, as the host sends them) and the cancellation token. No gRPC, no host.
/// </summary>
public sealed class LocalFunctionContext(
    string functionName,
    IServiceProvider services,
    IReadOnlyDictionary<string, object?> bindingData,
    CancellationToken cancellationToken) : FunctionContext
{
    private readonly LocalBindingContext _binding = new(bindingData);
    private readonly LocalDefinition _definition = new(functionName);
    private readonly LocalFeatures _features = new();

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => _definition.Id;

    public override TraceContext TraceContext { get; } = new LocalTraceContext();

    public override BindingContext BindingContext => _binding;

    public override RetryContext RetryContext { get; } = new LocalRetryContext();

    public override IServiceProvider InstanceServices { get; set; } = services;

    public override FunctionDefinition FunctionDefinition => _definition;

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => _features;

    public override CancellationToken CancellationToken { get; } = cancellationToken;

    private sealed class LocalBindingContext(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData => data;
    }

    private sealed class LocalTraceContext : TraceContext
    {
        public override string TraceParent => string.Empty;

        public override string TraceState => string.Empty;
    }

    private sealed class LocalRetryContext : RetryContext
    {
        public override int RetryCount => 0;

        public override int MaxRetryCount => 0;
    }

    private sealed class LocalDefinition(string name) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];

        public override string PathToAssembly => typeof(LocalDefinition).Assembly.Location;

        public override string EntryPoint => name;

        public override string Id => name;

        public override string Name => name;

        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }

    private sealed class LocalFeatures : IInvocationFeatures
    {
        private readonly ConcurrentDictionary<Type, object> _features = new();

        public T? Get<T>() => _features.TryGetValue(typeof(T), out var feature) ? (T)feature : default;

        public void Set<T>(T instance)
        {
            if (instance is null)
            {
                _features.TryRemove(typeof(T), out _);
            }
            else
            {
                _features[typeof(T)] = instance;
            }
        }

        public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => _features.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
