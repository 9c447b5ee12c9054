using MemberInsights.Api.Benchmarks;

// Latency of every persisted operation and of the assistant against a running API (see build/bench-api.sh).
//   dotnet run -c Release --project tests/MemberInsights.Api.Benchmarks -- <api-url> <operations-dir> [requests=200] [warmup=20]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: <api-url> <operations-dir> [requests=200] [warmup=20]");
    return 2;
}

var options = new LatencyRunOptions(
    new Uri(args[0]),
    args[1],
    args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200,
    args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20);
var report = await new LatencyRun(options).RunAsync();
Console.WriteLine(report.ToMarkdown());
var artifacts = Path.Combine(Directory.GetCurrentDirectory(), "artifacts");
Directory.CreateDirectory(artifacts);
await File.WriteAllTextAsync(Path.Combine(artifacts, "api-latency.md"), report.ToMarkdown());
return report.AllWithinTargets ? 0 : 1;
