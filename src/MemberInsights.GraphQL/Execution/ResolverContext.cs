using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution;

/// <summary>The resolver context the executor passes to each resolver call.</summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly ExecutionContext _execution;

    public ResolverContext(ExecutionContext execution, ObjectType parentType, CollectedField field, object? parent, ResponsePath path, IReadOnlyDictionary<string, object?> arguments)
    {
        _execution = execution;
        ParentType = parentType;
        Field = field.Definition;
        FieldNodes = field.Nodes;
        Parent = parent;
        Path = path;
        Arguments = arguments;
    }

    public object? Parent { get; }

    public Schema Schema => _execution.Schema;

    public FieldDefinition Field { get; }

    public ObjectType ParentType { get; }

    public IReadOnlyList<FieldNode> FieldNodes { get; }

    public OperationDefinitionNode Operation => _execution.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public IServiceProvider Services => _execution.Services;

    public CancellationToken CancellationToken => _execution.CancellationToken;

    public ResponsePath Path { get; }

    public IDictionary<string, object?> RequestItems => _execution.RequestItems;

    public T? Argument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value) : default;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public void ReportError(string message, string code = ErrorCodes.BadUserInput) =>
        ReportError(new GraphQLError(message, FieldNodes, Path.ToList(), new Dictionary<string, object?>(1) { ["code"] = code }));

    public void ReportError(GraphQLError error) => _execution.AddError(error);
}
