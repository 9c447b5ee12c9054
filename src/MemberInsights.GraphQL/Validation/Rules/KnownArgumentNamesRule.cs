using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1: arguments exist on their field or directive.</summary>
internal sealed class KnownArgumentNamesRule : ValidationRule
{
    public static KnownArgumentNamesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private Dictionary<string, List<string>>? _directiveArguments;

        protected override VisitorAction EnterArgument(ArgumentNode node, SyntaxWalkContext context)
        {
            var typeInfo = validation.TypeInfo;
            if (typeInfo.Argument is null && typeInfo.FieldDefinition is { } field)
            {
                var name = node.Name.Value;
                var names = new List<string>(field.Arguments.Count);
                foreach (var argument in field.Arguments)
                {
                    names.Add(argument.Name);
                }

                validation.ReportError(
                    $"Unknown argument \"{name}\" on field \"{FieldCoordinates.Of(typeInfo.ParentType, field)}\"."
                    + Suggestions.DidYouMean(validation.Suggest(name, names)),
                    node);
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterDirective(DirectiveNode node, SyntaxWalkContext context)
        {
            var directiveName = node.Name.Value;
            if (node.Arguments.Count > 0 && DirectiveArguments().TryGetValue(directiveName, out var known))
            {
                foreach (var argument in node.Arguments)
                {
                    var name = argument.Name.Value;
                    if (!known.Contains(name))
                    {
                        validation.ReportError(
                            $"Unknown argument \"{name}\" on directive \"@{directiveName}\"."
                            + Suggestions.DidYouMean(validation.Suggest(name, known)),
                            argument);
                    }
                }
            }

            return VisitorAction.Skip;
        }

        private Dictionary<string, List<string>> DirectiveArguments()
        {
            if (_directiveArguments is null)
            {
                _directiveArguments = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var directive in validation.Schema.Directives)
                {
                    var names = new List<string>(directive.Arguments.Count);
                    foreach (var argument in directive.Arguments)
                    {
                        names.Add(argument.Name);
                    }

                    _directiveArguments[directive.Name] = names;
                }

                foreach (var definition in validation.Document.Definitions)
                {
                    if (definition is DirectiveDefinitionNode directive)
                    {
                        var names = new List<string>(directive.Arguments.Count);
                        foreach (var argument in directive.Arguments)
                        {
                            names.Add(argument.Name.Value);
                        }

                        _directiveArguments[directive.Name.Value] = names;
                    }
                }
            }

            return _directiveArguments;
        }
    }
}
