using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Reports.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Reports.Benchmarks.AnalyzerBenchmarks).Assembly).Run(args);
