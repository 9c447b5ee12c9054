using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 and 5.7.2: directives are defined and used only in their declared locations.</summary>
internal sealed class KnownDirectivesRule : ValidationRule
{
    public static KnownDirectivesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private Dictionary<string, string[]>? _locations;

        protected override VisitorAction EnterDirective(DirectiveNode node, SyntaxWalkContext context)
        {
            var name = node.Name.Value;
            if (!Locations().TryGetValue(name, out var allowed))
            {
                validation.ReportError($"Unknown directive \"@{name}\".", node);
                return VisitorAction.Continue;
            }

            if (LocationOf(context.Parent) is { } candidate && Array.IndexOf(allowed, candidate) < 0)
            {
                validation.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", node);
            }

            return VisitorAction.Continue;
        }

        private Dictionary<string, string[]> Locations()
        {
            if (_locations is not null)
            {
                return _locations;
            }

            _locations = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var directive in validation.Schema.Directives)
            {
                var names = new string[directive.Locations.Count];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = directive.Locations[i].ToName();
                }

                _locations[directive.Name] = names;
            }

            foreach (var definition in validation.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    var names = new string[directive.Locations.Count];
                    for (var i = 0; i < names.Length; i++)
                    {
                        names[i] = directive.Locations[i].Value;
                    }

                    _locations[directive.Name.Value] = names;
                }
            }

            return _locations;
        }

        private static string? LocationOf(SyntaxNode? appliedTo) => appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => "VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => "ARGUMENT_DEFINITION",
            _ => null,
        };
    }
}
