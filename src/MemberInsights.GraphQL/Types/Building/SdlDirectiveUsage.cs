using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Validation;

namespace MemberInsights.GraphQL.Types;

/// <summary>
/// The SDL rules about applied directives (graphql-js KnownDirectives, UniqueDirectivesPerLocation,
/// KnownArgumentNamesOnDirectives, UniqueArgumentNames and ProvidedRequiredArgumentsOnDirectives on
/// type-system documents): a directive used in SDL must exist, be allowed where it is used, appear
/// there once unless repeatable, and get only known arguments, each once, and every required one.
/// A type's definition and its extensions count as one location, as do the schema's.
/// </summary>
internal sealed class SdlDirectiveUsage(IReadOnlyList<DirectiveDefinition> directives, List<string> errors)
{
    private readonly Dictionary<string, DirectiveDefinition> _directives = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _seenOnTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenOnSchema = new(StringComparer.Ordinal);

    public void Check(IEnumerable<DocumentNode> documents)
    {
        foreach (var definition in documents.SelectMany(document => document.Definitions))
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    Check(schema.Directives, DirectiveLocation.Schema, _seenOnSchema);
                    break;
                case SchemaExtensionNode schema:
                    Check(schema.Directives, DirectiveLocation.Schema, _seenOnSchema);
                    break;
                case TypeDefinitionNode type:
                    CheckType(type.Name.Value, type, type.Directives);
                    break;
                case TypeExtensionNode extension:
                    CheckType(extension.Name.Value, extension, extension.Directives);
                    break;
                case DirectiveDefinitionNode directive:
                    CheckInputValues(directive.Arguments, DirectiveLocation.ArgumentDefinition);
                    break;
            }
        }
    }

    private void CheckType(string typeName, SyntaxNode node, IReadOnlyList<DirectiveNode> applied)
    {
        if (!_seenOnTypes.TryGetValue(typeName, out var seen))
        {
            _seenOnTypes[typeName] = seen = new HashSet<string>(StringComparer.Ordinal);
        }

        switch (node)
        {
            case ScalarTypeDefinitionNode or ScalarTypeExtensionNode:
                Check(applied, DirectiveLocation.Scalar, seen);
                break;
            case ObjectTypeDefinitionNode or ObjectTypeExtensionNode:
                Check(applied, DirectiveLocation.Object, seen);
                CheckFields(node is ObjectTypeDefinitionNode o ? o.Fields : ((ObjectTypeExtensionNode)node).Fields);
                break;
            case InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode:
                Check(applied, DirectiveLocation.Interface, seen);
                CheckFields(node is InterfaceTypeDefinitionNode i ? i.Fields : ((InterfaceTypeExtensionNode)node).Fields);
                break;
            case UnionTypeDefinitionNode or UnionTypeExtensionNode:
                Check(applied, DirectiveLocation.Union, seen);
                break;
            case EnumTypeDefinitionNode or EnumTypeExtensionNode:
                Check(applied, DirectiveLocation.Enum, seen);
                foreach (var value in node is EnumTypeDefinitionNode e ? e.Values : ((EnumTypeExtensionNode)node).Values)
                {
                    Check(value.Directives, DirectiveLocation.EnumValue, new HashSet<string>(StringComparer.Ordinal));
                }

                break;
            case InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode:
                Check(applied, DirectiveLocation.InputObject, seen);
                CheckInputValues(node is InputObjectTypeDefinitionNode input ? input.Fields : ((InputObjectTypeExtensionNode)node).Fields, DirectiveLocation.InputFieldDefinition);
                break;
        }
    }

    private void CheckFields(IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            Check(field.Directives, DirectiveLocation.FieldDefinition, new HashSet<string>(StringComparer.Ordinal));
            CheckInputValues(field.Arguments, DirectiveLocation.ArgumentDefinition);
        }
    }

    private void CheckInputValues(IReadOnlyList<InputValueDefinitionNode> values, DirectiveLocation location)
    {
        foreach (var value in values)
        {
            Check(value.Directives, location, new HashSet<string>(StringComparer.Ordinal));
        }
    }

    private void Check(IReadOnlyList<DirectiveNode> applied, DirectiveLocation location, HashSet<string> seen)
    {
        foreach (var directive in applied)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var definition))
            {
                errors.Add($"Unknown directive \"@{name}\".");
                continue;
            }

            if (!definition.Locations.Contains(location))
            {
                errors.Add($"Directive \"@{name}\" may not be used on {location.ToName()}.");
            }

            if (!definition.IsRepeatable && !seen.Add(name))
            {
                errors.Add($"The directive \"@{name}\" can only be used once at this location.");
            }

            CheckArguments(directive, definition);
        }
    }

    private void CheckArguments(DirectiveNode directive, DirectiveDefinition definition)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        var duplicated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in directive.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (!given.Add(argumentName) && duplicated.Add(argumentName))
            {
                errors.Add($"There can be only one argument named \"{argumentName}\".");
            }

            if (definition.GetArgument(argumentName) is null)
            {
                var suggestions = Suggestions.For(argumentName, definition.Arguments.Select(a => a.Name));
                errors.Add($"Unknown argument \"{argumentName}\" on directive \"@{definition.Name}\"." + Suggestions.DidYouMean(suggestions));
            }
        }

        foreach (var argument in definition.Arguments)
        {
            if (argument.IsRequired && !given.Contains(argument.Name))
            {
                errors.Add($"Argument \"@{definition.Name}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.");
            }
        }
    }
}
