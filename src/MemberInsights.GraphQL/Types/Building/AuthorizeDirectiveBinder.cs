using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types.Scalars;

namespace MemberInsights.GraphQL.Types;

/// <summary>
/// Reads the <c>@authorize</c> directive the executor enforces: on an object type it guards every field of the type, on
/// an object type's field that field. The SDL declares it (so clients and printers see it) as
/// <c>directive @authorize(roles: [String!], policy: String) on OBJECT | FIELD_DEFINITION</c>; another shape, or a use
/// the executor would not enforce (on an interface or its fields), fails the build.
/// </summary>
internal static class AuthorizeDirectiveBinder
{
    /// <summary>The directive's name.</summary>
    public const string Name = "authorize";

    private static readonly HashSet<DirectiveLocation> Enforced = [DirectiveLocation.Object, DirectiveLocation.FieldDefinition];

    public static void Bind(Schema schema, List<string> errors)
    {
        var definition = schema.GetDirective(Name);
        if (definition is null)
        {
            return;
        }

        if (!HasEnforcedShape(definition))
        {
            errors.Add($"Directive \"@{Name}\" must be declared as \"directive @{Name}(roles: [String!], policy: String) on OBJECT | FIELD_DEFINITION\" "
                + "(arguments and locations may be left out): the executor enforces it on object types and their fields only.");
            return;
        }

        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case ObjectType objectType:
                    objectType.Authorization = Read(TypeDirectives(objectType), objectType.Name, errors);
                    foreach (var field in objectType.Fields)
                    {
                        field.Authorization = Read(field.AstNode?.Directives ?? [], $"{objectType.Name}.{field.Name}", errors);
                    }

                    break;
                case InterfaceType interfaceType:
                    foreach (var field in interfaceType.Fields.Where(f => Find(f.AstNode?.Directives ?? []) is not null))
                    {
                        errors.Add($"\"@{Name}\" on the interface field \"{interfaceType.Name}.{field.Name}\" is not enforced: "
                            + $"put it on the fields of the object types that implement {interfaceType.Name}.");
                    }

                    break;
            }
        }
    }

    private static bool HasEnforcedShape(DirectiveDefinition definition) =>
        definition.Locations.All(Enforced.Contains)
        && definition.Arguments.All(argument => argument.Name switch
        {
            "roles" => argument.Type is ListType { OfType: NonNullType { OfType: ScalarType { Name: "String" } } }
                or NonNullType { OfType: ListType { OfType: NonNullType { OfType: ScalarType { Name: "String" } } } },
            "policy" => argument.Type is ScalarType { Name: "String" } or NonNullType { OfType: ScalarType { Name: "String" } },
            _ => false,
        });

    private static IEnumerable<DirectiveNode> TypeDirectives(ObjectType type) =>
        (type.AstNode?.Directives ?? []).Concat(type.ExtensionAstNodes.SelectMany(extension => extension.Directives));

    private static DirectiveNode? Find(IEnumerable<DirectiveNode> directives) =>
        directives.FirstOrDefault(directive => directive.Name.Value == Name);

    private static AuthorizationRequirement? Read(IEnumerable<DirectiveNode> directives, string coordinate, List<string> errors)
    {
        if (Find(directives) is not { } directive)
        {
            return null;
        }

        var roles = new List<string>();
        string? policy = null;
        foreach (var argument in directive.Arguments)
        {
            switch (argument.Name.Value, argument.Value)
            {
                case ("roles", StringValueNode single):
                    roles.Add(single.Value);
                    break;
                case ("roles", ListValueNode list) when list.Values.All(v => v is StringValueNode):
                    roles.AddRange(list.Values.Cast<StringValueNode>().Select(v => v.Value));
                    break;
                case ("policy", StringValueNode name):
                    policy = name.Value;
                    break;
                default:
                    errors.Add($"\"@{Name}\" on \"{coordinate}\" takes literal strings: roles: [\"...\"] and policy: \"...\".");
                    return null;
            }
        }

        if (roles.Any(string.IsNullOrWhiteSpace) || policy is { Length: 0 })
        {
            errors.Add($"\"@{Name}\" on \"{coordinate}\" names an empty role or policy.");
            return null;
        }

        return new AuthorizationRequirement(roles, policy);
    }
}
