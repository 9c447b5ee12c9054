using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Types.Introspection;
using MemberInsights.GraphQL.Types.Scalars;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.2 and 5.8.2: every named type reference exists in the schema (or the document).</summary>
internal sealed class KnownTypeNamesRule : ValidationRule
{
    public static KnownTypeNamesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private HashSet<string>? _definedTypeNames;

        protected override VisitorAction EnterNamedType(NamedTypeNode node, SyntaxWalkContext context)
        {
            var typeName = node.Name.Value;
            if (validation.Schema.GetType(typeName) is not null || DefinedTypeNames().Contains(typeName))
            {
                return VisitorAction.Continue;
            }

            var ancestors = context.Ancestors;
            var definitionNode = ancestors.Count >= 2 ? ancestors[1] : context.Parent;
            var isSdl = definitionNode is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && IsStandardTypeName(typeName))
            {
                return VisitorAction.Continue;
            }

            var candidates = new List<string>();
            if (isSdl)
            {
                AddStandardTypeNames(candidates);
            }

            foreach (var type in validation.Schema.Types)
            {
                candidates.Add(type.Name);
            }

            candidates.AddRange(DefinedTypeNames());
            validation.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(validation.Suggest(typeName, candidates)), node);
            return VisitorAction.Continue;
        }

        private HashSet<string> DefinedTypeNames()
        {
            if (_definedTypeNames is null)
            {
                _definedTypeNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var definition in validation.Document.Definitions)
                {
                    if (definition is TypeDefinitionNode type)
                    {
                        _definedTypeNames.Add(type.Name.Value);
                    }
                }
            }

            return _definedTypeNames;
        }

        private static bool IsStandardTypeName(string name)
        {
            foreach (var scalar in ScalarType.Specified)
            {
                if (scalar.Name == name)
                {
                    return true;
                }
            }

            return name.StartsWith("__", StringComparison.Ordinal);
        }

        private static void AddStandardTypeNames(List<string> names)
        {
            foreach (var scalar in ScalarType.Specified)
            {
                names.Add(scalar.Name);
            }

            foreach (var name in IntrospectionTypeNames)
            {
                names.Add(name);
            }
        }

        private static readonly string[] IntrospectionTypeNames =
            ["__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"];
    }
}
