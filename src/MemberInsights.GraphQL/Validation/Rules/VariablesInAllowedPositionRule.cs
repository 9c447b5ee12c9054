using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.5: each variable's type is compatible with every position it is used in.</summary>
internal sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public static VariablesInAllowedPositionRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            _definitions.Clear();
            foreach (var definition in node.VariableDefinitions)
            {
                _definitions[definition.Variable.Name.Value] = definition;
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            var schema = validation.Schema;
            foreach (var usage in validation.GetRecursiveVariableUsages(node))
            {
                var name = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType
                    || TypePredicates.TypeFromAst(schema, definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.DefaultValue))
                {
                    validation.ReportError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        definition, usage.Node);
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    validation.ReportError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        definition, usage.Node);
                }
            }

            return VisitorAction.Continue;
        }

        private static bool IsAllowed(Schema schema, IType variableType, ValueNode? variableDefault, IType locationType, ValueNode? locationDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && locationDefault is null)
                {
                    return false;
                }

                return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
        }
    }
}
