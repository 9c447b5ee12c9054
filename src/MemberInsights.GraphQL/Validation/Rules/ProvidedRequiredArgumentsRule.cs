using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1: required arguments (non-null without default) are provided.</summary>
internal sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public static ProvidedRequiredArgumentsRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction LeaveField(FieldNode node, SyntaxWalkContext context)
        {
            if (validation.TypeInfo.FieldDefinition is not { Arguments.Count: > 0 } field)
            {
                return VisitorAction.Continue;
            }

            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
                {
                    validation.ReportError(
                        $"Argument \"{FieldCoordinates.Of(validation.TypeInfo.ParentType, field, argument)}\" of type \"{argument.Type}\" is required, but it was not provided.",
                        node);
                }
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction LeaveDirective(DirectiveNode node, SyntaxWalkContext context)
        {
            var name = node.Name.Value;
            foreach (var definition in validation.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode declared && declared.Name.Value == name)
                {
                    foreach (var argument in declared.Arguments)
                    {
                        if (argument.Type is NonNullTypeNode && argument.DefaultValue is null && !IsProvided(node.Arguments, argument.Name.Value))
                        {
                            Report(node, name, argument.Name.Value, Printer.Print(argument.Type));
                        }
                    }

                    return VisitorAction.Continue;
                }
            }

            if (validation.Schema.GetDirective(name) is { } directive)
            {
                foreach (var argument in directive.Arguments)
                {
                    if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
                    {
                        Report(node, name, argument.Name, argument.Type.ToString()!);
                    }
                }
            }

            return VisitorAction.Continue;
        }

        private void Report(DirectiveNode node, string directive, string argument, string type) =>
            validation.ReportError($"Argument \"@{directive}({argument}:)\" of type \"{type}\" is required, but it was not provided.", node);

        private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            foreach (var argument in arguments)
            {
                if (argument.Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
