using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Execution;

/// <summary>@skip and @include of the spec (section 3.13.1-2): whether a selection is kept for given variables.</summary>
internal static class InclusionDirectives
{
    public static bool ShouldInclude(SelectionNode selection, IReadOnlyDictionary<string, object?> variables)
    {
        var usesVariables = false;
        return ShouldInclude(selection, variables, ref usesVariables);
    }

    /// <summary>Whether <paramref name="selection"/> is kept; sets <paramref name="usesVariables"/> when a condition is a variable.</summary>
    public static bool ShouldInclude(SelectionNode selection, IReadOnlyDictionary<string, object?> variables, ref bool usesVariables)
    {
        var directives = selection.Directives;
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = directive.Arguments.Count > 0 ? directive.Arguments[0].Value : null;
            bool value;
            if (condition is VariableNode variable)
            {
                usesVariables = true;
                value = variables.TryGetValue(variable.Name.Value, out var bound) && bound is true;
            }
            else
            {
                value = condition is BooleanValueNode { Value: true };
            }

            if ((name == "skip" && value) || (name == "include" && !value))
            {
                return false;
            }
        }

        return true;
    }
}
