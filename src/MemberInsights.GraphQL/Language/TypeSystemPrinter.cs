using MemberInsights.GraphQL.Language.Ast;
using static MemberInsights.GraphQL.Language.Printer;

namespace MemberInsights.GraphQL.Language;

/// <summary>Prints type-system definitions and extensions (the SDL half of <see cref="Printer"/>).</summary>
internal static class TypeSystemPrinter
{
    public static string Print(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode n => Description(n.Description) + JoinParts(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        OperationTypeDefinitionNode n => OperationName(n.Operation) + ": " + n.Type.Name.Value,
        ScalarTypeDefinitionNode n => Description(n.Description) + JoinParts(" ", "scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeDefinitionNode n => Description(n.Description) + JoinParts(
            " ", "type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
        FieldDefinitionNode n => Description(n.Description) + n.Name.Value + Arguments(n.Arguments) + ": " + PrintNode(n.Type)
            + Wrap(" ", Join(n.Directives, " ")),
        InputValueDefinitionNode n => Description(n.Description) + n.Name.Value + ": " + PrintNode(n.Type)
            + Wrap(" = ", PrintNode(n.DefaultValue)) + Wrap(" ", Join(n.Directives, " ")),
        InterfaceTypeDefinitionNode n => Description(n.Description) + JoinParts(
            " ", "interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
        UnionTypeDefinitionNode n => Description(n.Description) + JoinParts(
            " ", "union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeDefinitionNode n => Description(n.Description) + JoinParts(" ", "enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        EnumValueDefinitionNode n => Description(n.Description) + JoinParts(" ", n.Name.Value, Join(n.Directives, " ")),
        InputObjectTypeDefinitionNode n => Description(n.Description) + JoinParts(
            " ", "input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        DirectiveDefinitionNode n => Description(n.Description) + "directive @" + n.Name.Value + Arguments(n.Arguments)
            + Wrap(" ", Join(n.Directives, " "))
            + (n.Repeatable ? " repeatable" : string.Empty) + " on " + Join(n.Locations, " | "),
        SchemaExtensionNode n => JoinParts(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        ScalarTypeExtensionNode n => JoinParts(" ", "extend scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeExtensionNode n => JoinParts(
            " ", "extend type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
        InterfaceTypeExtensionNode n => JoinParts(
            " ", "extend interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
        UnionTypeExtensionNode n => JoinParts(" ", "extend union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeExtensionNode n => JoinParts(" ", "extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        InputObjectTypeExtensionNode n => JoinParts(" ", "extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown syntax node kind."),
    };

    private static string Arguments(IReadOnlyList<InputValueDefinitionNode> arguments) => HasMultilineItems(arguments)
        ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
        : Wrap("(", Join(arguments, ", "), ")");

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
