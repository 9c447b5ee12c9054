using BenchmarkDotNet.Running;
using MemberInsights.GraphQL.Benchmarks;

// dotnet run -c Release --project tests/MemberInsights.GraphQL.Benchmarks -- <command>
//   bench [BenchmarkDotNet arguments]   parse, validate and execute benchmarks of the ~30-field query
//   --filter ... (or any option)        the same as bench with those arguments
//   serve [port]                        the load-test schema on Kestrel at http://127.0.0.1:<port>/graphql
//   persisted-operations <directory>    (re)generates <sha256>.graphql names and manifest.json
return args.FirstOrDefault() switch
{
    "serve" => await LoadTestServer.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5391),
    "persisted-operations" when args.Length == 2 => PersistedOperationsCommand.Run(args[1]),
    "bench" => RunBenchmarks(args[1..]),
    { } option when option.StartsWith('-') => RunBenchmarks(args),
    _ => Usage(),
};

static int RunBenchmarks(string[] arguments)
{
    BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(arguments.Length == 0 ? ["--filter", "*"] : arguments, new BenchmarkConfig());
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: MemberInsights.GraphQL.Benchmarks bench [BenchmarkDotNet args] | serve [port] | persisted-operations <directory>");
    return 2;
}
