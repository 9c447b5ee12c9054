using Serilog;
using Serilog.Events;

namespace MemberInsights.Api.Hosting;

/// <summary>Serilog for the API: structured console lines; the GraphQL endpoint writes one per operation.</summary>
internal static class ApiLogging
{
    public static Serilog.ILogger CreateLogger() => new LoggerConfiguration()
        .MinimumLevel.Information()
        .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
        .MinimumLevel.Override("Microsoft.Hosting", LogEventLevel.Information)
        .Enrich.FromLogContext()
        .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
        .CreateLogger();
}
