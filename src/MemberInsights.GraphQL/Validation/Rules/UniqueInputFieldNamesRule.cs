using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3: input object fields are unique within an object literal.</summary>
internal sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public static UniqueInputFieldNamesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private readonly Stack<Dictionary<string, NameNode>> _stack = new();
        private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        protected override VisitorAction EnterObjectValue(ObjectValueNode node, SyntaxWalkContext context)
        {
            _stack.Push(_known);
            _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            return VisitorAction.Continue;
        }

        protected override VisitorAction LeaveObjectValue(ObjectValueNode node, SyntaxWalkContext context)
        {
            _known = _stack.Pop();
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterObjectField(ObjectFieldNode node, SyntaxWalkContext context)
        {
            var name = node.Name.Value;
            if (_known.TryGetValue(name, out var first))
            {
                validation.ReportError($"There can be only one input field named \"{name}\".", first, node.Name);
            }
            else
            {
                _known.Add(name, node.Name);
            }

            return VisitorAction.Continue;
        }
    }
}
