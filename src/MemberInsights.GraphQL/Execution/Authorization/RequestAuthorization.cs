using System.Runtime.CompilerServices;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution.Authorization;

/// <summary>
/// The authorization decisions of one request, taken before execution starts: whether the operation may introspect
/// (<see cref="GraphQLRequest.IntrospectionRequirement"/>), and which of the schema's <c>@authorize</c> requirements the
/// caller meets, so that fields are checked without waiting. A field whose type or own requirement is not met resolves
/// to an error with code <see cref="ErrorCodes.Forbidden"/>; without an authorizer every requirement is refused.
/// </summary>
internal sealed class RequestAuthorization
{
    private static readonly ConditionalWeakTable<Schema, AuthorizationRequirement[]> SchemaRequirements = new();

    private readonly HashSet<AuthorizationRequirement> _granted;

    private RequestAuthorization(HashSet<AuthorizationRequirement> granted) => _granted = granted;

    /// <summary>Decides the request's requirements; returns a request error when the operation itself is refused.</summary>
    public static async ValueTask<(RequestAuthorization? Decisions, ExecutionResult? Refusal)> DecideAsync(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        GraphQLRequest request,
        CancellationToken cancellationToken)
    {
        var authorizer = request.Authorizer;
        if (request.IntrospectionRequirement is { } introspection && Introspects(operation.SelectionSet, fragments, [])
            && !await IsAuthorizedAsync(authorizer, introspection, cancellationToken).ConfigureAwait(false))
        {
            var error = new GraphQLError("Introspection is not allowed for this caller.", [operation], null,
                new Dictionary<string, object?>(1) { ["code"] = ErrorCodes.Forbidden });
            return (null, ExecutionResult.FromRequestError(RequestErrorKind.Forbidden, [error]));
        }

        var requirements = SchemaRequirements.GetValue(schema, Collect);
        if (requirements.Length == 0)
        {
            return (null, null);
        }

        var granted = new HashSet<AuthorizationRequirement>();
        foreach (var requirement in requirements)
        {
            if (await IsAuthorizedAsync(authorizer, requirement, cancellationToken).ConfigureAwait(false))
            {
                granted.Add(requirement);
            }
        }

        return (new RequestAuthorization(granted), null);
    }

    /// <summary>The requirement of <paramref name="field"/> on <paramref name="type"/> the caller does not meet, or null.</summary>
    public AuthorizationRequirement? Refused(ObjectType type, FieldDefinition field)
    {
        if (type.Authorization is { } onType && !_granted.Contains(onType))
        {
            return onType;
        }

        return field.Authorization is { } onField && !_granted.Contains(onField) ? onField : null;
    }

    /// <summary>The error of a field the caller may not read.</summary>
    public static GraphQLException Forbidden(ObjectType type, FieldDefinition field, AuthorizationRequirement requirement) =>
        new($"The caller may not read {type.Name}.{field.Name} (it requires {requirement.Directive}).", ErrorCodes.Forbidden);

    private static async ValueTask<bool> IsAuthorizedAsync(IRequestAuthorizer? authorizer, AuthorizationRequirement requirement, CancellationToken cancellationToken) =>
        authorizer is not null && await authorizer.IsAuthorizedAsync(requirement, cancellationToken).ConfigureAwait(false);

    private static AuthorizationRequirement[] Collect(Schema schema) => schema.Types
        .OfType<ObjectType>()
        .SelectMany(type => type.Fields.Select(field => field.Authorization).Prepend(type.Authorization))
        .OfType<AuthorizationRequirement>()
        .Distinct()
        .ToArray();

    /// <summary>Whether the root selection selects <c>__schema</c> or <c>__type</c>, directly or through fragments (<c>__typename</c> is not introspection).</summary>
    private static bool Introspects(SelectionSetNode selectionSet, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var introspects = selection switch
            {
                FieldNode field => field.Name.Value is "__schema" or "__type",
                InlineFragmentNode inline => Introspects(inline.SelectionSet, fragments, visited),
                FragmentSpreadNode spread => visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && Introspects(fragment.SelectionSet, fragments, visited),
                _ => false,
            };
            if (introspects)
            {
                return true;
            }
        }

        return false;
    }
}
