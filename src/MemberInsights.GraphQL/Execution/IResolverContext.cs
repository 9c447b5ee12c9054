using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution;

/// <summary>Everything a resolver may read about the field it resolves, and a way to report errors.</summary>
public interface IResolverContext
{
    /// <summary>The parent value (the result of the enclosing field; the root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>The schema.</summary>
    Schema Schema { get; }

    /// <summary>The field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The object type that owns the field.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field selections merged under this response key (first one first).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The coerced variable values of the request.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The coerced argument values (absent arguments without defaults are not present).</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The request's service provider (an empty provider when none was given).</summary>
    IServiceProvider Services { get; }

    /// <summary>Cancelled when the request is aborted or the execution timeout elapses.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>The response path of this field.</summary>
    ResponsePath Path { get; }

    /// <summary>State shared by all resolvers of one request (used for request-scoped DataLoaders).</summary>
    IDictionary<string, object?> RequestItems { get; }

    /// <summary>The coerced value of an argument converted to <typeparamref name="T"/>; default when absent or null.</summary>
    T? Argument<T>(string name);

    /// <summary>True when the argument was given or has a default.</summary>
    bool HasArgument(string name);

    /// <summary>Adds an error for this field at its path, without failing the field.</summary>
    void ReportError(string message, string code = ErrorCodes.BadUserInput);

    /// <summary>Adds a prepared error to the response.</summary>
    void ReportError(GraphQLError error);
}
