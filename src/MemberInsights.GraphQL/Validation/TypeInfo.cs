using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Types.Introspection;

namespace MemberInsights.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of an executable document, the schema types at the current position:
/// output type, parent composite type, field, directive, argument, input type and the default value
/// of the current input position (the graphql-js <c>TypeInfo</c>).
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IOutputType?> _typeStack = new(16);
    private readonly List<ICompositeType?> _parentTypeStack = new(16);
    private readonly List<IInputType?> _inputTypeStack = new(8);
    private readonly List<FieldDefinition?> _fieldDefStack = new(16);
    private readonly List<ValueNode?> _defaultValueStack = new(8);

    /// <summary>Creates a tracker over the given schema.</summary>
    public TypeInfo(Schema schema) => _schema = schema ?? throw new ArgumentNullException(nameof(schema));

    /// <summary>The output type of the current node (field type, fragment type, root type).</summary>
    public IOutputType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public ICompositeType? ParentType => Peek(_parentTypeStack);

    /// <summary>The expected input type of the current value, variable definition or argument.</summary>
    public IInputType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type enclosing the current input position (the list or input object).</summary>
    public IInputType? ParentInputType => _inputTypeStack.Count >= 2 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDefinition => Peek(_fieldDefStack);

    /// <summary>The default value of the current argument or input field, if it has one.</summary>
    public ValueNode? DefaultValue => Peek(_defaultValueStack);

    /// <summary>The directive being walked.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The argument being walked.</summary>
    public ArgumentDefinition? Argument { get; private set; }

    /// <summary>The enum value being walked.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Updates the state on entering a node.</summary>
    public void Enter(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(Type is { } type ? TypePredicates.NamedType(type) as ICompositeType : null);
                break;
            case FieldNode field:
                var fieldDefinition = ParentType is { } parent ? GetFieldDefinition(_schema, parent, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDefinition);
                _typeStack.Add(fieldDefinition?.Type);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                _typeStack.Add(inline.TypeCondition is { } condition
                    ? _schema.GetType(condition.Name.Value) as IOutputType
                    : Type is { } current ? TypePredicates.NamedType(current) as IOutputType : null);
                break;
            case FragmentDefinitionNode fragment:
                _typeStack.Add(_schema.GetType(fragment.TypeCondition.Name.Value) as IOutputType);
                break;
            case VariableDefinitionNode variable:
                _inputTypeStack.Add(TypeFromAst(variable.Type) is { } declared && TypePredicates.IsInputType(declared)
                    ? declared as IInputType
                    : null);
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = InputType is { } outer ? TypePredicates.NullableType(outer) : null;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add((listType is ListType list ? list.OfType : listType) as IInputType);
                break;
            case ObjectFieldNode objectField:
                var inputField = InputType is { } objectType && TypePredicates.NamedType(objectType) is InputObjectType inputObject
                    ? inputObject.GetField(objectField.Name.Value)
                    : null;
                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField?.Type);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType is { } enumInput && TypePredicates.NamedType(enumInput) is EnumType enumType
                    ? enumType.GetValue(enumValue.Value)
                    : null;
                break;
        }
    }

    /// <summary>Restores the state on leaving a node.</summary>
    public void Leave(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The definition of a field on a composite type, including the meta fields
    /// (<c>__schema</c> and <c>__type</c> on the query root, <c>__typename</c> everywhere).
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, ICompositeType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            switch (fieldName)
            {
                case "__typename":
                    return IntrospectionTypes.TypeNameMetaField;
                case "__schema" when ReferenceEquals(parentType, schema.QueryType):
                    return IntrospectionTypes.SchemaMetaField;
                case "__type" when ReferenceEquals(parentType, schema.QueryType):
                    return IntrospectionTypes.TypeMetaField;
            }
        }

        return parentType is IComplexOutputType complex ? complex.GetField(fieldName) : null;
    }

    private void EnterArgument(ArgumentNode argument)
    {
        ArgumentDefinition? definition = null;
        if (Directive is { } directive)
        {
            definition = directive.GetArgument(argument.Name.Value);
        }
        else if (FieldDefinition is { } field)
        {
            definition = field.GetArgument(argument.Name.Value);
        }

        Argument = definition;
        _defaultValueStack.Add(definition?.DefaultValue);
        _inputTypeStack.Add(definition?.Type);
    }

    private IType? TypeFromAst(TypeNode node) => TypePredicates.TypeFromAst(_schema, node);

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count == 0 ? null : stack[^1];

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
