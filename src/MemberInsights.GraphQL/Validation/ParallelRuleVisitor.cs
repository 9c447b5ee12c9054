using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation;

/// <summary>
/// Runs every rule's visitor in one walk, keeping <see cref="TypeInfo"/> current (graphql-js
/// <c>visitInParallel</c> + <c>visitWithTypeInfo</c>): a rule that skips a node stops seeing its
/// children until that node is left; a rule that breaks sees nothing more.
/// </summary>
internal sealed class ParallelRuleVisitor : ISyntaxVisitor
{
    private static readonly SyntaxNode Broken = new NameNode("<break>");
    private readonly ValidationContext _context;
    private readonly string[] _ruleNames;
    private readonly ISyntaxVisitor[] _visitors;
    private readonly SyntaxNode?[] _skipping;
    private int _entered;

    public ParallelRuleVisitor(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        _context = context;
        _ruleNames = new string[rules.Count];
        _visitors = new ISyntaxVisitor[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            _ruleNames[i] = rules[i].Name;
            _visitors[i] = rules[i].CreateVisitor(context);
        }

        _skipping = new SyntaxNode?[rules.Count];
    }

    public VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context)
    {
        if ((++_entered & 255) == 0)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
        }

        _context.TypeInfo.Enter(node);
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null)
            {
                continue;
            }

            _context.CurrentRule = _ruleNames[i];
            switch (_visitors[i].Enter(node, context))
            {
                case VisitorAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitorAction.Break:
                    _skipping[i] = Broken;
                    break;
            }
        }

        return VisitorAction.Continue;
    }

    public VisitorAction Leave(SyntaxNode node, SyntaxWalkContext context)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            var skipped = _skipping[i];
            if (skipped is null)
            {
                _context.CurrentRule = _ruleNames[i];
                if (_visitors[i].Leave(node, context) == VisitorAction.Break)
                {
                    _skipping[i] = Broken;
                }
            }
            else if (ReferenceEquals(skipped, node))
            {
                _skipping[i] = null;
            }
        }

        _context.TypeInfo.Leave(node);
        return VisitorAction.Continue;
    }
}
