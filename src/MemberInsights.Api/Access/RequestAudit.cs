using System.Diagnostics;
using MemberInsights.GraphQL.AspNetCore.Http;
using Serilog.AspNetCore;
using Serilog.Events;

namespace MemberInsights.Api.Access;

/// <summary>
/// The audit of every request: Serilog's one request line, enriched with the caller (key id, token subject,
/// <c>loopback</c> or <c>anonymous</c>, never a credential), its roles and scope, the GraphQL operation name, document
/// hash, estimated cost and the outcome; admin actions and refused requests also go to <see cref="AccessAudit"/>.
/// </summary>
public static class RequestAudit
{
    private const string GraphQLItem = "mi.graphql";
    private const string CostItem = "mi.cost";

    /// <summary>The request line's template.</summary>
    public const string MessageTemplate =
        "{RequestMethod} {RequestPath} answered {StatusCode} ({Outcome}) in {Elapsed:0.0} ms for {Caller} [{Roles}] {OperationName} {DocumentId} cost {Cost}";

    /// <summary>Configures Serilog's request logging.</summary>
    public static void Configure(RequestLoggingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MessageTemplate = MessageTemplate;
        options.GetLevel = (context, _, exception) =>
            exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
        options.EnrichDiagnosticContext = (diagnostics, context) =>
        {
            var graphql = GraphQLOf(context);
            diagnostics.Set("Caller", CallerClaims.CallerOf(context.User) ?? "anonymous");
            diagnostics.Set("Roles", string.Join(',', CallerClaims.RolesOf(context.User)));
            diagnostics.Set("Scope", AccessServiceCollectionExtensions.ScopeOf(context).Key);
            diagnostics.Set("OperationName", graphql?.OperationName ?? "");
            diagnostics.Set("OperationType", graphql?.OperationType ?? "");
            diagnostics.Set("DocumentId", graphql?.DocumentId ?? "");
            diagnostics.Set("Cost", context.Items.TryGetValue(CostItem, out var cost) ? cost : null);
            diagnostics.Set("GraphQLErrors", graphql?.ErrorCount ?? 0);
            diagnostics.Set("Outcome", OutcomeOf(context, graphql));
            diagnostics.Set("RequestId", context.TraceIdentifier);
        };
    }

    /// <summary>Records the estimated cost of the request's operation (for the request line and the cost budget).</summary>
    public static void SetCost(HttpContext context, long cost)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[CostItem] = cost;
    }

    /// <summary>Writes admin actions and refused requests to the audit table when the request ends.</summary>
    public static WebApplication UseAccessAudit(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var audit = app.Services.GetRequiredService<AccessAudit>();
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                if (AuditedOutcome(context, GraphQLOf(context)) is { } outcome)
                {
                    var graphql = GraphQLOf(context);
                    audit.Record(new AccessAuditEntry(
                        DateTimeOffset.UtcNow,
                        context.TraceIdentifier,
                        CallerClaims.CallerOf(context.User) ?? "anonymous",
                        CallerClaims.RolesOf(context.User),
                        AccessServiceCollectionExtensions.ScopeOf(context).Key,
                        context.Request.Method,
                        context.Request.Path.Value ?? "",
                        graphql?.OperationName,
                        graphql?.DocumentId,
                        context.Response.StatusCode,
                        outcome,
                        Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3)));
                }
            }
        });
        return app;
    }

    private static GraphQLRequestRecord? GraphQLOf(HttpContext context) =>
        context.Items.TryGetValue(GraphQLItem, out var record) ? record as GraphQLRequestRecord : null;

    private static AccessOutcome? AuditedOutcome(HttpContext context, GraphQLRequestRecord? graphql) => context.Response.StatusCode switch
    {
        StatusCodes.Status401Unauthorized => AccessOutcome.Unauthenticated,
        StatusCodes.Status403Forbidden => AccessOutcome.Forbidden,
        StatusCodes.Status429TooManyRequests => AccessOutcome.RateLimited,
        _ when graphql?.Forbidden == true => AccessOutcome.Forbidden,
        _ when context.Request.Path.StartsWithSegments("/admin") && context.User.Identity?.IsAuthenticated == true => AccessOutcome.AdminAction,
        _ => null,
    };

    private static string OutcomeOf(HttpContext context, GraphQLRequestRecord? graphql)
    {
        if (AuditedOutcome(context, graphql) is { } audited)
        {
            return AccessAudit.ToWarehouse(audited);
        }

        var status = context.Response.StatusCode;
        return status >= 500 ? "failed" : status >= 400 ? "rejected" : graphql?.ErrorCount > 0 ? "partial" : "ok";
    }

    /// <summary>Keeps the GraphQL endpoint's facts about the current request for the request line and the audit.</summary>
    public sealed class GraphQLFacts(IHttpContextAccessor accessor) : IGraphQLRequestObserver
    {
        /// <inheritdoc />
        public void OnCompleted(GraphQLRequestRecord request)
        {
            if (accessor.HttpContext is { } context)
            {
                context.Items[GraphQLItem] = request;
            }
        }
    }
}
