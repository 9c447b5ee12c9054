using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.3: a non-repeatable directive is used at most once per location.</summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public static UniqueDirectivesPerLocationRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private Dictionary<string, bool>? _unique;
        private readonly Dictionary<string, DirectiveNode> _seen = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context)
        {
            if (node is not IHasDirectives { Directives.Count: > 1 } withDirectives)
            {
                return VisitorAction.Continue;
            }

            var unique = Unique();
            _seen.Clear();
            foreach (var directive in withDirectives.Directives)
            {
                var name = directive.Name.Value;
                if (!unique.TryGetValue(name, out var isUnique) || !isUnique)
                {
                    continue;
                }

                if (_seen.TryGetValue(name, out var first))
                {
                    validation.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    _seen.Add(name, directive);
                }
            }

            return VisitorAction.Continue;
        }

        private Dictionary<string, bool> Unique()
        {
            if (_unique is null)
            {
                _unique = new Dictionary<string, bool>(StringComparer.Ordinal);
                foreach (var directive in validation.Schema.Directives)
                {
                    _unique[directive.Name] = !directive.IsRepeatable;
                }

                foreach (var definition in validation.Document.Definitions)
                {
                    if (definition is DirectiveDefinitionNode directive)
                    {
                        _unique[directive.Name.Value] = !directive.Repeatable;
                    }
                }
            }

            return _unique;
        }
    }
}
