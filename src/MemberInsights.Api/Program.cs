using MemberInsights.Api.Access;
using MemberInsights.Api.Admin;
using MemberInsights.Api.Hosting;
using Serilog;

if (args is [CreateKeyCommand.Name, ..])
{
    Environment.ExitCode = CreateKeyCommand.Run(args[1..], Console.Out, Console.Error);
    return;
}

Log.Logger = ApiLogging.CreateLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddSerilog((services, logger) => ApiLogging.Configure(logger, builder.Environment, services), preserveStaticLogger: true);
    builder.Services.AddMemberInsights(builder.Configuration, builder.Environment);

    var app = builder.Build();
    app.UseAccess();
    app.MapGraphQL().RequireCaller();
    app.MapAdmin();
    app.MapGet("/", () => Results.Redirect("/graphql"));
    app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
    await app.RunAsync();
}
catch (Exception e) when (e is not HostAbortedException)
{
    Log.Fatal(e, "The API stopped unexpectedly");
    Environment.ExitCode = 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The API's entry point (public for WebApplicationFactory in the tests).</summary>
public partial class Program;
