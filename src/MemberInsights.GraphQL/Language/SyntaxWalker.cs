using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Language;

/// <summary>What a visitor asks the walker to do after entering a node.</summary>
public enum VisitorAction
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,
    /// <summary>Skip the node's children; <see cref="ISyntaxVisitor.Leave"/> is not called for it (as graphql-js <c>false</c>).</summary>
    Skip,
    /// <summary>Stop the whole walk at once.</summary>
    Break,
}

/// <summary>Receives every node of a syntax tree on the way down and up.</summary>
public interface ISyntaxVisitor
{
    /// <summary>Called before the node's children are visited.</summary>
    VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context);

    /// <summary>Called after the node's children were visited.</summary>
    VisitorAction Leave(SyntaxNode node, SyntaxWalkContext context);
}

/// <summary>The position of the walk: the ancestors of the current node.</summary>
public sealed class SyntaxWalkContext
{
    private readonly List<SyntaxNode> _ancestors = new(32);

    /// <summary>The ancestors of the current node, root first (the current node excluded).</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The parent of the current node, or null at the root.</summary>
    public SyntaxNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    /// <summary>The nearest ancestor of the given type, or null.</summary>
    public T? NearestAncestor<T>()
        where T : SyntaxNode
    {
        for (var i = _ancestors.Count - 1; i >= 0; i--)
        {
            if (_ancestors[i] is T match)
            {
                return match;
            }
        }

        return null;
    }

    internal void Push(SyntaxNode node) => _ancestors.Add(node);

    internal void Pop() => _ancestors.RemoveAt(_ancestors.Count - 1);
}

/// <summary>
/// Walks a syntax tree depth-first in graphql-js key order, calling a visitor on enter and leave.
/// Recursion depth equals tree depth, which the parser bounds (see <see cref="ParserOptions.MaxDepth"/>).
/// </summary>
public static class SyntaxWalker
{
    /// <summary>Walks <paramref name="root"/> with <paramref name="visitor"/>.</summary>
    public static void Walk(SyntaxNode root, ISyntaxVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        Visit(root, visitor, new SyntaxWalkContext());
    }

    private static bool Visit(SyntaxNode? node, ISyntaxVisitor visitor, SyntaxWalkContext context)
    {
        if (node is null)
        {
            return true;
        }

        switch (visitor.Enter(node, context))
        {
            case VisitorAction.Break:
                return false;
            case VisitorAction.Skip:
                return true;
        }

        context.Push(node);
        var keepGoing = VisitChildren(node, visitor, context);
        context.Pop();
        return keepGoing && visitor.Leave(node, context) != VisitorAction.Break;
    }

    private static bool VisitAll<T>(IReadOnlyList<T> nodes, ISyntaxVisitor visitor, SyntaxWalkContext context)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Visit(nodes[i], visitor, context))
            {
                return false;
            }
        }

        return true;
    }

    private static bool VisitChildren(SyntaxNode node, ISyntaxVisitor v, SyntaxWalkContext c) => node switch
    {
        DocumentNode n => VisitAll(n.Definitions, v, c),
        OperationDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && VisitAll(n.VariableDefinitions, v, c)
            && VisitAll(n.Directives, v, c) && Visit(n.SelectionSet, v, c),
        VariableDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Variable, v, c) && Visit(n.Type, v, c) && Visit(n.DefaultValue, v, c)
            && VisitAll(n.Directives, v, c),
        VariableNode n => Visit(n.Name, v, c),
        SelectionSetNode n => VisitAll(n.Selections, v, c),
        FieldNode n => Visit(n.Alias, v, c) && Visit(n.Name, v, c) && VisitAll(n.Arguments, v, c)
            && VisitAll(n.Directives, v, c) && Visit(n.SelectionSet, v, c),
        ArgumentNode n => Visit(n.Name, v, c) && Visit(n.Value, v, c),
        FragmentSpreadNode n => Visit(n.Name, v, c) && VisitAll(n.Directives, v, c),
        InlineFragmentNode n => Visit(n.TypeCondition, v, c) && VisitAll(n.Directives, v, c) && Visit(n.SelectionSet, v, c),
        FragmentDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && Visit(n.TypeCondition, v, c) && VisitAll(n.Directives, v, c)
            && Visit(n.SelectionSet, v, c),
        ListValueNode n => VisitAll(n.Values, v, c),
        ObjectValueNode n => VisitAll(n.Fields, v, c),
        ObjectFieldNode n => Visit(n.Name, v, c) && Visit(n.Value, v, c),
        DirectiveNode n => Visit(n.Name, v, c) && VisitAll(n.Arguments, v, c),
        NamedTypeNode n => Visit(n.Name, v, c),
        ListTypeNode n => Visit(n.Type, v, c),
        NonNullTypeNode n => Visit(n.Type, v, c),
        SchemaDefinitionNode n => Visit(n.Description, v, c) && VisitAll(n.Directives, v, c) && VisitAll(n.OperationTypes, v, c),
        OperationTypeDefinitionNode n => Visit(n.Type, v, c),
        ScalarTypeDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && VisitAll(n.Directives, v, c),
        ObjectTypeDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && VisitAll(n.Interfaces, v, c)
            && VisitAll(n.Directives, v, c) && VisitAll(n.Fields, v, c),
        FieldDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && VisitAll(n.Arguments, v, c)
            && Visit(n.Type, v, c) && VisitAll(n.Directives, v, c),
        InputValueDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && Visit(n.Type, v, c)
            && Visit(n.DefaultValue, v, c) && VisitAll(n.Directives, v, c),
        InterfaceTypeDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && VisitAll(n.Interfaces, v, c)
            && VisitAll(n.Directives, v, c) && VisitAll(n.Fields, v, c),
        UnionTypeDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && VisitAll(n.Directives, v, c)
            && VisitAll(n.Types, v, c),
        EnumTypeDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && VisitAll(n.Directives, v, c)
            && VisitAll(n.Values, v, c),
        EnumValueDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && VisitAll(n.Directives, v, c),
        InputObjectTypeDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && VisitAll(n.Directives, v, c)
            && VisitAll(n.Fields, v, c),
        DirectiveDefinitionNode n => Visit(n.Description, v, c) && Visit(n.Name, v, c) && VisitAll(n.Arguments, v, c)
            && VisitAll(n.Directives, v, c) && VisitAll(n.Locations, v, c),
        SchemaExtensionNode n => VisitAll(n.Directives, v, c) && VisitAll(n.OperationTypes, v, c),
        ScalarTypeExtensionNode n => Visit(n.Name, v, c) && VisitAll(n.Directives, v, c),
        ObjectTypeExtensionNode n => Visit(n.Name, v, c) && VisitAll(n.Interfaces, v, c) && VisitAll(n.Directives, v, c)
            && VisitAll(n.Fields, v, c),
        InterfaceTypeExtensionNode n => Visit(n.Name, v, c) && VisitAll(n.Interfaces, v, c) && VisitAll(n.Directives, v, c)
            && VisitAll(n.Fields, v, c),
        UnionTypeExtensionNode n => Visit(n.Name, v, c) && VisitAll(n.Directives, v, c) && VisitAll(n.Types, v, c),
        EnumTypeExtensionNode n => Visit(n.Name, v, c) && VisitAll(n.Directives, v, c) && VisitAll(n.Values, v, c),
        InputObjectTypeExtensionNode n => Visit(n.Name, v, c) && VisitAll(n.Directives, v, c) && VisitAll(n.Fields, v, c),
        _ => true,
    };
}
