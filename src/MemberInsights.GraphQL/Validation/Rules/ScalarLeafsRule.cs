using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3: leaf fields have no selection set; other fields must have one.</summary>
internal sealed class ScalarLeafsRule : ValidationRule
{
    public static ScalarLeafsRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterField(FieldNode node, SyntaxWalkContext context)
        {
            if (validation.TypeInfo.Type is not { } type)
            {
                return VisitorAction.Continue;
            }

            var fieldName = node.Name.Value;
            if (TypePredicates.NamedType(type) is ILeafType)
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    validation.ReportError(
                        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
                }
            }
            else if (node.SelectionSet is null)
            {
                validation.ReportError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    node);
            }

            return VisitorAction.Continue;
        }
    }
}
