using System.Diagnostics;
using MemberInsights.Api.Access;
using MemberInsights.Api.Contracts;
using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Generation;
using MemberInsights.Warehouse.Ingest;
using MemberInsights.Warehouse.Loading;
using MemberInsights.Warehouse.Quality;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace MemberInsights.Api.Admin;

/// <summary>
/// Pipeline runs on request (<c>POST /admin/load</c>, <c>/admin/ingest</c>, <c>/admin/check</c>): in embedded mode the
/// API owns the data directory, so the loader CLI cannot run beside it and the API does the work itself. Only callers
/// with the <c>admin</c> role may call them (an admin-role API key or token); every call is in the access audit.
/// </summary>
internal static class AdminEndpoints
{
    /// <summary>The largest export <c>/admin/ingest</c> accepts.</summary>
    public const long MaxIngestBytes = 512L * 1024 * 1024;

    public static void MapAdmin(this WebApplication app)
    {
        RefuseSharedKey(app.Services.GetRequiredService<IOptions<InsightsOptions>>().Value);
        var admin = app.MapGroup("/admin").RequireCaller(AccessRoles.Admin);
        admin.MapPost("/load", LoadAsync);
        admin.MapPost("/check", CheckAsync);
        admin.MapPost("/ingest", IngestAsync);
    }

    /// <summary>Stops start-up when the retired shared admin key is still configured, saying what replaces it.</summary>
    public static void RefuseSharedKey(InsightsOptions options)
    {
        if (!string.IsNullOrEmpty(options.AdminKey))
        {
            throw new InvalidOperationException(
                "Insights:AdminKey (X-Admin-Key) is replaced by API keys with the admin role: create one with "
                + "'dotnet run --project src/MemberInsights.Api -- create-key --id ops --roles admin', configure its hash "
                + "(Access:ApiKeys:ops:Hash and :Roles), and remove Insights:AdminKey.");
        }
    }

    private static async Task<IResult> LoadAsync(
        LoadRequest? request, PipelineJobs jobs, ClickHouseClient client, IOptions<InsightsOptions> options, ILoggerFactory loggers)
    {
        request ??= new LoadRequest();
        var presetName = request.Preset ?? "demo";
        if (LoadPreset.Find(presetName) is not { } preset)
        {
            return BadRequest($"Unknown preset '{presetName}'; expected one of {LoadPreset.Names}.");
        }

        GeneratorOptions generator;
        try
        {
            generator = GeneratorOptions.FromPreset(preset, request.Members, request.Days, request.Seed ?? options.Value.Seed);
        }
        catch (ArgumentOutOfRangeException e)
        {
            return BadRequest(e.Message);
        }

        var (busy, result) = await jobs.TryRunAsync<IResult>(async ct =>
        {
            try
            {
                var report = await new WarehouseLoader(client, loggers.CreateLogger<WarehouseLoader>()).LoadAsync(generator, ct: ct);
                return Results.Ok(new LoadResponse(report.RunId, report.Skipped, report.Events, report.Bookings,
                    Math.Round(report.EventsPerSecond), Math.Round(report.TotalElapsed.TotalSeconds, 1), report.FailedChecks));
            }
            catch (LoadConflictException e)
            {
                return Results.Json(new AdminError(e.Message), statusCode: StatusCodes.Status409Conflict);
            }
        });
        return busy ? Busy() : result!;
    }

    private static async Task<IResult> CheckAsync(PipelineJobs jobs, ClickHouseClient client, ILoggerFactory loggers)
    {
        var (busy, report) = await jobs.TryRunAsync(ct => CheckRun.RunAsync(client, loggers.CreateLogger("MemberInsights.Api.Admin.Check"), ct));
        return busy
            ? Busy()
            : Results.Ok(new CheckResponse(report!.RunId, report.FailedChecks, report.Checks.Select(c => new CheckResult(c.Name, c.Passed, c.Details)).ToList()));
    }

    /// <summary>The request body is the export itself; <c>?file=</c> names it (its extension picks NDJSON or CSV).</summary>
    private static async Task<IResult> IngestAsync(HttpContext http, string? file, PipelineJobs jobs, ClickHouseClient client, ILoggerFactory loggers)
    {
        var name = Path.GetFileName(file ?? "");
        if (name.Length == 0)
        {
            return BadRequest("Name the export with ?file=<name>.ndjson (or .jsonl, .json, .csv); the body is its content.");
        }

        try
        {
            ExportFileReader.ParserFor(name);
        }
        catch (NotSupportedException e)
        {
            return BadRequest(e.Message);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxIngestBytes;
        }

        var directory = Directory.CreateTempSubdirectory("mi-admin-ingest-");
        try
        {
            // The upload happens inside the job, so a busy API answers 409 before reading the body.
            var (busy, report) = await jobs.TryRunAsync(async ct =>
            {
                var path = Path.Combine(directory.FullName, name);
                await using (var target = File.Create(path))
                {
                    await http.Request.Body.CopyToAsync(target, http.RequestAborted);
                }

                return await new EventIngestor(client, loggers.CreateLogger<EventIngestor>()).IngestAsync(path, ct: ct);
            });
            return busy
                ? Busy()
                : Results.Ok(new IngestResponse(report!.RunId, report.SourceFile, report.Lines, report.Loaded, report.Quarantined, report.Duplicates,
                    report.QuarantineReasons, report.FailedChecks));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static IResult BadRequest(string message) => Results.Json(new AdminError(message), statusCode: StatusCodes.Status400BadRequest);

    private static IResult Busy() =>
        Results.Json(new AdminError("Another load, ingest or check is running; try again when it has finished (see platformHealth.pipelineRuns)."),
            statusCode: StatusCodes.Status409Conflict);
}
