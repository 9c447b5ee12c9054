using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.1: selected fields exist on the parent type, with graphql-js's suggestions.</summary>
internal sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public static FieldsOnCorrectTypeRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterField(FieldNode node, SyntaxWalkContext context)
        {
            var typeInfo = validation.TypeInfo;
            if (typeInfo.ParentType is not { } type || typeInfo.FieldDefinition is not null)
            {
                return VisitorAction.Continue;
            }

            var fieldName = node.Name.Value;
            var suggestion = Suggestions.DidYouMean(SuggestedTypeNames(type, fieldName), "to use an inline fragment on");
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(SuggestedFieldNames(type, fieldName));
            }

            validation.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
            return VisitorAction.Continue;
        }

        private IReadOnlyList<string> SuggestedTypeNames(ICompositeType type, string fieldName)
        {
            if (type is not IAbstractType abstractType || validation.Options.HideSuggestions)
            {
                return [];
            }

            var schema = validation.Schema;
            var suggested = new List<ICompositeType>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in schema.GetPossibleTypes(abstractType))
            {
                if (possibleType.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!suggested.Contains(possibleType))
                {
                    suggested.Add(possibleType);
                }

                usageCount[possibleType.Name] = 1;
                foreach (var possibleInterface in possibleType.Interfaces)
                {
                    if (possibleInterface.GetField(fieldName) is null)
                    {
                        continue;
                    }

                    if (!suggested.Contains(possibleInterface))
                    {
                        suggested.Add(possibleInterface);
                    }

                    usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
                }
            }

            suggested.Sort((a, b) =>
            {
                var diff = usageCount[b.Name] - usageCount[a.Name];
                if (diff != 0)
                {
                    return diff;
                }

                if (a is InterfaceType interfaceA && schema.IsSubType(interfaceA, b))
                {
                    return -1;
                }

                if (b is InterfaceType interfaceB && schema.IsSubType(interfaceB, a))
                {
                    return 1;
                }

                return Suggestions.NaturalCompare(a.Name, b.Name);
            });
            var names = new List<string>(suggested.Count);
            foreach (var suggestedType in suggested)
            {
                names.Add(suggestedType.Name);
            }

            return names;
        }

        private IReadOnlyList<string> SuggestedFieldNames(ICompositeType type, string fieldName)
        {
            if (type is not IComplexOutputType complex)
            {
                return [];
            }

            var names = new List<string>(complex.Fields.Count);
            foreach (var field in complex.Fields)
            {
                names.Add(field.Name);
            }

            return validation.Suggest(fieldName, names);
        }
    }
}
