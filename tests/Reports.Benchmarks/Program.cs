using BenchmarkDotNet.Running;
using Reports.Benchmarks.Delivery;
using Reports.Benchmarks.Hostile;
using Reports.Benchmarks.Ingest;
using Reports.Benchmarks.Storage;

// dotnet run -c Release --project tests/Reports.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Reports.Benchmarks -- store-put [count] [concurrency...]   (see docs/storage.md)
// dotnet run -c Release --project tests/Reports.Benchmarks -- store-list [blobs]
// dotnet run -c Release --project tests/Reports.Benchmarks -- mail-run [subscribers] [rounds]       (see docs/delivery.md)
// dotnet run -c Release --project tests/Reports.Benchmarks -- ingest-ratio [rounds] [articles] [variants]   (see docs/functions.md)
// dotnet run -c Release --project tests/Reports.Benchmarks -- hostile [name-filter]                 (see docs/analysis.md)
// dotnet run -c Release --project tests/Reports.Benchmarks -- detect-eval [--wrong]                 (see docs/analysis.md)
// dotnet run -c Release --project tests/Reports.Benchmarks -- analyze-loop [seconds] [rounds]       (see docs/analysis.md)
// dotnet run -c Release --project tests/Reports.Benchmarks -- analyze-count [passes] [warm-up]     (see docs/analysis.md)
// dotnet run -c Release --project tests/Reports.Benchmarks -- analyze-pair <other-build-dir> [seconds] (see docs/analysis.md)
// dotnet run -c Release --project tests/Reports.Benchmarks -- stage-pair <other-build-dir> <detection|credits|summary> [seconds]
if (args.Length > 0 && args[0] == "analyze-loop")
{
    return Reports.Benchmarks.AnalyzerLoop.Run(args);
}

if (args.Length > 0 && args[0] == "analyze-count")
{
    return Reports.Benchmarks.AnalyzerCount.Run(args);
}

if (args.Length > 0 && args[0] == "extract-ab")
{
    return Reports.Benchmarks.ExtractionAb.Run(args);
}

if (args.Length > 0 && args[0] == "analyze-pair")
{
    return Reports.Benchmarks.AnalyzerPair.Run(args);
}

if (args.Length > 0 && args[0] == "stage-pair")
{
    return Reports.Benchmarks.StagePair.Run(args);
}

if (args.Length > 0 && args[0] == "detect-eval")
{
    return Reports.Benchmarks.DetectionEvaluationCommand.Run(args);
}

if (args.Length > 0 && args[0].StartsWith("hostile", StringComparison.Ordinal))
{
    return await HostileMeasurement.RunAsync(args);
}

if (args.Length > 0 && args[0] == "ingest-ratio")
{
    return await IngestMeasurement.RunAsync(args);
}

if (args.Length > 0 && args[0] == "mail-run")
{
    return await MailMeasurement.RunAsync(args);
}

if (args.Length > 0 && args[0].StartsWith("store-", StringComparison.Ordinal))
{
    return await StoreMeasurement.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Reports.Benchmarks.AnalyzerBenchmarks).Assembly).Run(args);
return 0;
