using System.Text;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Language;

/// <summary>Prints any syntax tree as canonical GraphQL text, identical to graphql-js 17 <c>print()</c>.</summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints the node.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return P(node);
    }

    /// <summary>Prints a string value as a quoted GraphQL string with graphql-js escapes.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < '\x20' or (>= '\x7f' and <= '\x9f'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string P(SyntaxNode? node) => node switch
    {
        null => string.Empty,
        NameNode n => n.Value,
        VariableNode n => "$" + n.Name.Value,
        DocumentNode n => Join(n.Definitions, "\n\n"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Description(n.Description) + P(n.Variable) + ": " + P(n.Type) + Wrap(" = ", P(n.DefaultValue)) + Wrap(" ", Join(n.Directives, " ")),
        SelectionSetNode n => n.Selections.Count == 0 ? "{}" : Block(n.Selections),
        FieldNode n => ArgumentsLine(Wrap(string.Empty, P(n.Alias), ": ") + n.Name.Value, n.Arguments)
            + Wrap(" ", Join(n.Directives, " ")) + Wrap(" ", P(n.SelectionSet)),
        ArgumentNode n => n.Name.Value + ": " + P(n.Value),
        FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " ")),
        InlineFragmentNode n => JoinParts(" ", "...", Wrap("on ", P(n.TypeCondition)), Join(n.Directives, " "), P(n.SelectionSet)),
        FragmentDefinitionNode n => Description(n.Description) + "fragment " + n.Name.Value + " on " + P(n.TypeCondition) + " "
            + Wrap(string.Empty, Join(n.Directives, " "), " ") + P(n.SelectionSet),
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => 2 + JoinedLength(n.Values, ", ") > MaxLineLength
            ? "[\n" + Indent(Join(n.Values, "\n")) + "\n]"
            : "[" + Join(n.Values, ", ") + "]",
        ObjectValueNode n => 4 + JoinedLength(n.Fields, ", ") > MaxLineLength
            ? Block(n.Fields)
            : "{ " + Join(n.Fields, ", ") + " }",
        ObjectFieldNode n => n.Name.Value + ": " + P(n.Value),
        DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + P(n.Type) + "]",
        NonNullTypeNode n => P(n.Type) + "!",
        _ => TypeSystemPrinter.Print(node),
    };

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var variables = HasMultilineItems(n.VariableDefinitions)
            ? Wrap("(\n", Join(n.VariableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(n.VariableDefinitions, ", "), ")");
        var operation = n.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            _ => "subscription",
        };
        var prefix = Description(n.Description) + JoinParts(" ", operation, P(n.Name) + variables, Join(n.Directives, " "));
        var selectionSet = P(n.SelectionSet);
        return n.Operation == OperationType.Query && prefix.Length == operation.Length ? selectionSet : prefix + " " + selectionSet;
    }

    private static string ArgumentsLine(string prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }

        return prefix.Length + JoinedLength(arguments, ", ") + 2 > MaxLineLength
            ? prefix + "(\n" + Indent(Join(arguments, "\n")) + "\n)"
            : prefix + "(" + Join(arguments, ", ") + ")";
    }

    internal static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var node in nodes)
        {
            var printed = P(node);
            if (printed.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(printed);
        }

        return builder.ToString();
    }

    internal static string JoinParts(string separator, params ReadOnlySpan<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    internal static bool HasMultilineItems<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        foreach (var node in nodes)
        {
            if (P(node).Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static string Block<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    internal static string Wrap(string start, string value, string end = "") =>
        value.Length == 0 ? string.Empty : start + value + end;

    internal static string Indent(string value) =>
        value.Length == 0 ? string.Empty : "  " + value.Replace("\n", "\n  ", StringComparison.Ordinal);

    internal static string Description(StringValueNode? description) =>
        description is null ? string.Empty : P(description) + "\n";

    internal static string PrintNode(SyntaxNode? node) => P(node);

    private static int JoinedLength<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode
    {
        var length = 0;
        foreach (var node in nodes)
        {
            var itemLength = P(node).Length;
            if (itemLength != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + itemLength;
            }
        }

        return length;
    }
}
