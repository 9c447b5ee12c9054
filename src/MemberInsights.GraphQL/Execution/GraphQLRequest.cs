using MemberInsights.GraphQL.Execution.Authorization;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution;

/// <summary>Which operation types a request may execute (HTTP GET allows only queries).</summary>
[Flags]
public enum AllowedOperations
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>Queries.</summary>
    Query = 1,
    /// <summary>Mutations.</summary>
    Mutation = 2,
    /// <summary>Subscriptions.</summary>
    Subscription = 4,
    /// <summary>Every operation type.</summary>
    All = Query | Mutation | Subscription,
}

/// <summary>Whether a request asks for its estimated cost (as HotChocolate's <c>GraphQL-Cost</c> request header does).</summary>
public enum CostReport
{
    /// <summary>Execute; the cost is not reported (unless the operation is refused for it).</summary>
    None,

    /// <summary>Execute and report the estimated cost in the response's <c>extensions.cost</c>.</summary>
    Include,

    /// <summary>Validate and estimate only: the response has <c>extensions.cost</c> (and errors, if any) but no <c>data</c>.</summary>
    Only,
}

/// <summary>One GraphQL request: a document (text or pre-parsed), operation name, variables and context.</summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text. Either this or <see cref="Document"/> must be set.</summary>
    public string? Query { get; init; }

    /// <summary>A pre-parsed document (skips parsing; validation still runs unless the document is cached).</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>The operation to run when the document holds several.</summary>
    public string? OperationName { get; init; }

    /// <summary>JSON-shaped variable values (see <see cref="VariableValues.FromJson(System.Text.Json.JsonElement)"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> (e.g. persisted query data), available to the server.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The services resolvers may use; an empty provider when null.</summary>
    public IServiceProvider? RequestServices { get; init; }

    /// <summary>The operation types this request may execute (default all); a violation is a request error with code <see cref="ErrorCodes.OperationNotAllowed"/>.</summary>
    public AllowedOperations AllowedOperations { get; init; } = AllowedOperations.All;

    /// <summary>Whether the response reports the operation's estimated cost, and whether it executes.</summary>
    public CostReport Cost { get; init; }

    /// <summary>The value passed as parent to root field resolvers.</summary>
    public object? RootValue { get; init; }

    /// <summary>
    /// Called with the operation's estimated cost once it is known, before execution (e.g. to charge the caller's cost
    /// budget). An error refuses the request: a request error of kind <see cref="RequestErrorKind.Throttled"/>.
    /// </summary>
    public Func<long, GraphQLError?>? AdmitCost { get; init; }

    /// <summary>Decides the schema's <c>@authorize</c> requirements for this request's caller; null refuses them all.</summary>
    public IRequestAuthorizer? Authorizer { get; init; }

    /// <summary>
    /// What the caller needs to select <c>__schema</c> or <c>__type</c>; null leaves introspection to
    /// <see cref="ExecutionOptions.AllowIntrospection"/>. Refused: a request error with code <see cref="ErrorCodes.Forbidden"/>.
    /// </summary>
    public AuthorizationRequirement? IntrospectionRequirement { get; init; }
}
