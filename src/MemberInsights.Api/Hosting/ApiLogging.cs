using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace MemberInsights.Api.Hosting;

/// <summary>
/// Serilog for the API: one request line per request (Serilog's request logging, enriched by the access audit) and the
/// application's own events; compact JSON lines (CLEF) outside Development, readable text in Development. Sinks and
/// enrichers registered in the container are added (tests capture the output that way).
/// </summary>
internal static class ApiLogging
{
    /// <summary>The logger for start-up failures, before the host exists.</summary>
    public static Serilog.ILogger CreateLogger() => new LoggerConfiguration()
        .MinimumLevel.Information()
        .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
        .CreateLogger();

    /// <summary>The host's logger.</summary>
    public static void Configure(LoggerConfiguration configuration, IHostEnvironment environment, IServiceProvider services)
    {
        configuration
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting", LogEventLevel.Information)

            // Its "was challenged" events repeat what the request line says about every 401 and 403.
            .MinimumLevel.Override("MemberInsights.Api.Access.ApiKeyHandler", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .ReadFrom.Services(services);
        if (environment.IsDevelopment())
        {
            configuration.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        }
        else
        {
            configuration.WriteTo.Console(new CompactJsonFormatter());
        }
    }
}
