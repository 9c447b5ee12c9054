using System.Diagnostics;
using System.Text.Json;
using MemberInsights.GraphQL.AspNetCore.Authorization;
using MemberInsights.GraphQL.AspNetCore.Explorer;
using MemberInsights.GraphQL.AspNetCore.Logging;
using MemberInsights.GraphQL.AspNetCore.PersistedOperations;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: negotiates the response media type, reads the request (GET or
/// POST), resolves the document (ad-hoc, persisted, automatic persisted), executes it with the
/// request's abort token, maps the result to the spec's status code and writes it straight to
/// the body. Browsers asking for HTML get the explorer instead. Logs one line per operation.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IRequestExecutor executor,
    OperationDocumentResolver documents,
    BananaCakePopExplorer explorer,
    IOptions<GraphQLServerOptions> options,
    IEnumerable<IGraphQLRequestObserver> observers,
    SchemaDocument schemaDocument,
    ILogger<GraphQLHttpEndpoint> logger,
    IGraphQLCostAdmission? admission = null)
{
    private static readonly TimeSpan MinimumWriteTime = TimeSpan.FromSeconds(1);
    private readonly GraphQLServerOptions _options = options.Value;
    private readonly IGraphQLRequestObserver[] _observers = observers.ToArray();

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var authorizer = new HttpRequestAuthorizer(context);
        if (isGet && explorer.Enabled && BananaCakePopExplorer.IsPageRequest(request))
        {
            if (await CapabilityCheck.RefuseAsync(context, authorizer, _options.Access.Explorer, "open the explorer"))
            {
                return;
            }

            await explorer.WritePageAsync(context);
            return;
        }

        if (isGet && request.Query.ContainsKey(SchemaDocument.QueryParameter))
        {
            await WriteSchemaAsync(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var entry = new OperationLogEntry();
        try
        {
            var mediaType = AcceptNegotiation.Negotiate(request.Headers.Accept);
            if (mediaType == ResponseMediaType.None)
            {
                throw new GraphQLHttpRequestException(StatusCodes.Status406NotAcceptable, HttpErrorCodes.NotAcceptable,
                    $"Accept {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.");
            }

            entry.ContentType = mediaType == ResponseMediaType.Json ? GraphQLMediaTypes.JsonUtf8 : GraphQLMediaTypes.GraphQLResponseJsonUtf8;
            var httpRequest = isGet
                ? GraphQLHttpRequestReader.ReadGet(request, _options)
                : await GraphQLHttpRequestReader.ReadPostAsync(request, _options, context.RequestAborted);
            var cost = CostHeader.Read(request.Headers);
            var adHocAllowed = httpRequest.DocumentId is not null || _options.Access.AdHocDocuments is not { } adHoc
                || await authorizer.IsAuthorizedAsync(adHoc, context.RequestAborted);
            var document = documents.Resolve(httpRequest, adHocAllowed);
            entry.DocumentId = document.Id;
            entry.OperationName = httpRequest.OperationName ?? document.PersistedName;

            var result = await executor.ExecuteAsync(
                new GraphQLRequest
                {
                    Query = document.Text,
                    OperationName = httpRequest.OperationName,
                    Variables = httpRequest.Variables is { } variables ? VariableValues.FromJson(variables) : null,
                    Extensions = httpRequest.Extensions is { } extensions ? VariableValues.FromJson(extensions) : null,
                    RequestServices = context.RequestServices,
                    AllowedOperations = isGet ? AllowedOperations.Query : AllowedOperations.All,
                    Cost = cost,
                    Authorizer = authorizer,
                    IntrospectionRequirement = _options.Access.Introspection,
                    AdmitCost = admission is null ? null : estimated => admission.Admit(context, estimated),
                },
                context.RequestAborted);

            entry.ErrorCount = result.Errors?.Count ?? 0;
            entry.Forbidden = result.Errors?.Any(e => e.Code == ErrorCodes.Forbidden) == true;
            entry.DocumentId ??= result.DocumentHash;
            if (result.Operation is { } operation)
            {
                entry.OperationName = operation.Name?.Value ?? entry.OperationName;
                entry.OperationType = OperationTypeName(operation.Operation);
            }

            // Writing gets what is left of the request's budget (at least a second, so an answer saying the budget ran
            // out can still go out); a client that does not read its response in that time is disconnected.
            using var writeBudget = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            if (executor.Timeout is { } timeout)
            {
                var left = timeout - Stopwatch.GetElapsedTime(started);
                writeBudget.CancelAfter(left > MinimumWriteTime ? left : MinimumWriteTime);
            }

            try
            {
                entry.StatusCode = await GraphQLResultResponse.WriteAsync(context, result, mediaType, writeBudget.Token);
            }
            catch (OperationCanceledException) when (writeBudget.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
            {
                entry.StatusCode = StatusCodes.Status408RequestTimeout;
                context.Abort();
            }
        }
        catch (GraphQLHttpRequestException e)
        {
            entry.ErrorCount = 1;
            entry.StatusCode = e.IsWellFormedRequest && entry.ContentType == GraphQLMediaTypes.JsonUtf8 ? StatusCodes.Status200OK : e.StatusCode;
            await GraphQLErrorResponse.WriteAsync(context, entry.StatusCode, entry.ContentType ?? GraphQLMediaTypes.JsonUtf8, e.Message, e.Code);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            entry.StatusCode = StatusCodes.Status499ClientClosedRequest;
        }
        catch (Exception e)
        {
            var correlationId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
            OperationLog.UnexpectedError(logger, e, correlationId);
            entry.ErrorCount = 1;
            entry.StatusCode = StatusCodes.Status500InternalServerError;
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await GraphQLErrorResponse.WriteAsync(context, entry.StatusCode, GraphQLMediaTypes.JsonUtf8,
                    "Unexpected server error.", HttpErrorCodes.InternalServerError, correlationId);
            }
        }
        finally
        {
            var duration = Stopwatch.GetElapsedTime(started);
            if (_options.LogOperations)
            {
                OperationLog.OperationCompleted(logger, entry.OperationName ?? "(anonymous)", entry.OperationType ?? "unknown",
                    entry.DocumentId ?? "(ad hoc)", entry.StatusCode, entry.ErrorCount, duration.TotalMilliseconds);
            }

            var record = new GraphQLRequestRecord(entry.OperationName, entry.DocumentId, entry.StatusCode, entry.ErrorCount, duration)
            {
                OperationType = entry.OperationType,
                Forbidden = entry.Forbidden || entry.StatusCode == StatusCodes.Status403Forbidden,
            };
            foreach (var observer in _observers)
            {
                observer.OnCompleted(record);
            }
        }
    }

    /// <summary>One of the explorer's files, to callers that may open the explorer.</summary>
    public async Task WriteExplorerAssetAsync(HttpContext context)
    {
        if (!await CapabilityCheck.RefuseAsync(context, new HttpRequestAuthorizer(context), _options.Access.Explorer, "open the explorer"))
        {
            await explorer.WriteAssetAsync(context, (string)context.Request.RouteValues["asset"]!);
        }
    }

    /// <summary>The printed SDL, for code generators, to callers that may introspect (GET <c>?sdl</c> or <c>{endpoint}/schema.graphql</c>).</summary>
    public async Task WriteSchemaAsync(HttpContext context)
    {
        if (!await CapabilityCheck.RefuseAsync(context, new HttpRequestAuthorizer(context), _options.Access.Introspection, "read the schema"))
        {
            await schemaDocument.WriteAsync(context);
        }
    }

    private static string OperationTypeName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private sealed class OperationLogEntry
    {
        public string? OperationName { get; set; }

        public string? OperationType { get; set; }

        public string? DocumentId { get; set; }

        public string? ContentType { get; set; }

        public int StatusCode { get; set; }

        public int ErrorCount { get; set; }

        public bool Forbidden { get; set; }
    }
}
