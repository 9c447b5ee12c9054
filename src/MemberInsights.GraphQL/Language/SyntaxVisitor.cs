using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Language;

/// <summary>
/// A visitor with one typed Enter/Leave method per node kind; override only the kinds you need.
/// Walk it with <see cref="SyntaxWalker.Walk"/>. The walk context gives the parent and ancestors.
/// </summary>
public abstract class SyntaxVisitor : ISyntaxVisitor
{
    /// <inheritdoc />
    public virtual VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context) => node.Kind switch
    {
        SyntaxKind.Name => EnterName((NameNode)node, context),
        SyntaxKind.Document => EnterDocument((DocumentNode)node, context),
        SyntaxKind.OperationDefinition => EnterOperationDefinition((OperationDefinitionNode)node, context),
        SyntaxKind.VariableDefinition => EnterVariableDefinition((VariableDefinitionNode)node, context),
        SyntaxKind.SelectionSet => EnterSelectionSet((SelectionSetNode)node, context),
        SyntaxKind.Field => EnterField((FieldNode)node, context),
        SyntaxKind.Argument => EnterArgument((ArgumentNode)node, context),
        SyntaxKind.FragmentSpread => EnterFragmentSpread((FragmentSpreadNode)node, context),
        SyntaxKind.InlineFragment => EnterInlineFragment((InlineFragmentNode)node, context),
        SyntaxKind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinitionNode)node, context),
        SyntaxKind.Variable => EnterVariable((VariableNode)node, context),
        SyntaxKind.IntValue => EnterIntValue((IntValueNode)node, context),
        SyntaxKind.FloatValue => EnterFloatValue((FloatValueNode)node, context),
        SyntaxKind.StringValue => EnterStringValue((StringValueNode)node, context),
        SyntaxKind.BooleanValue => EnterBooleanValue((BooleanValueNode)node, context),
        SyntaxKind.NullValue => EnterNullValue((NullValueNode)node, context),
        SyntaxKind.EnumValue => EnterEnumValue((EnumValueNode)node, context),
        SyntaxKind.ListValue => EnterListValue((ListValueNode)node, context),
        SyntaxKind.ObjectValue => EnterObjectValue((ObjectValueNode)node, context),
        SyntaxKind.ObjectField => EnterObjectField((ObjectFieldNode)node, context),
        SyntaxKind.Directive => EnterDirective((DirectiveNode)node, context),
        SyntaxKind.NamedType => EnterNamedType((NamedTypeNode)node, context),
        SyntaxKind.ListType => EnterListType((ListTypeNode)node, context),
        SyntaxKind.NonNullType => EnterNonNullType((NonNullTypeNode)node, context),
        SyntaxKind.SchemaDefinition => EnterSchemaDefinition((SchemaDefinitionNode)node, context),
        SyntaxKind.OperationTypeDefinition => EnterOperationTypeDefinition((OperationTypeDefinitionNode)node, context),
        SyntaxKind.ScalarTypeDefinition => EnterScalarTypeDefinition((ScalarTypeDefinitionNode)node, context),
        SyntaxKind.ObjectTypeDefinition => EnterObjectTypeDefinition((ObjectTypeDefinitionNode)node, context),
        SyntaxKind.FieldDefinition => EnterFieldDefinition((FieldDefinitionNode)node, context),
        SyntaxKind.InputValueDefinition => EnterInputValueDefinition((InputValueDefinitionNode)node, context),
        SyntaxKind.InterfaceTypeDefinition => EnterInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node, context),
        SyntaxKind.UnionTypeDefinition => EnterUnionTypeDefinition((UnionTypeDefinitionNode)node, context),
        SyntaxKind.EnumTypeDefinition => EnterEnumTypeDefinition((EnumTypeDefinitionNode)node, context),
        SyntaxKind.EnumValueDefinition => EnterEnumValueDefinition((EnumValueDefinitionNode)node, context),
        SyntaxKind.InputObjectTypeDefinition => EnterInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node, context),
        SyntaxKind.DirectiveDefinition => EnterDirectiveDefinition((DirectiveDefinitionNode)node, context),
        SyntaxKind.SchemaExtension => EnterSchemaExtension((SchemaExtensionNode)node, context),
        SyntaxKind.ScalarTypeExtension => EnterScalarTypeExtension((ScalarTypeExtensionNode)node, context),
        SyntaxKind.ObjectTypeExtension => EnterObjectTypeExtension((ObjectTypeExtensionNode)node, context),
        SyntaxKind.InterfaceTypeExtension => EnterInterfaceTypeExtension((InterfaceTypeExtensionNode)node, context),
        SyntaxKind.UnionTypeExtension => EnterUnionTypeExtension((UnionTypeExtensionNode)node, context),
        SyntaxKind.EnumTypeExtension => EnterEnumTypeExtension((EnumTypeExtensionNode)node, context),
        SyntaxKind.InputObjectTypeExtension => EnterInputObjectTypeExtension((InputObjectTypeExtensionNode)node, context),
        _ => VisitorAction.Continue,
    };

    /// <inheritdoc />
    public virtual VisitorAction Leave(SyntaxNode node, SyntaxWalkContext context) => node.Kind switch
    {
        SyntaxKind.Name => LeaveName((NameNode)node, context),
        SyntaxKind.Document => LeaveDocument((DocumentNode)node, context),
        SyntaxKind.OperationDefinition => LeaveOperationDefinition((OperationDefinitionNode)node, context),
        SyntaxKind.VariableDefinition => LeaveVariableDefinition((VariableDefinitionNode)node, context),
        SyntaxKind.SelectionSet => LeaveSelectionSet((SelectionSetNode)node, context),
        SyntaxKind.Field => LeaveField((FieldNode)node, context),
        SyntaxKind.Argument => LeaveArgument((ArgumentNode)node, context),
        SyntaxKind.FragmentSpread => LeaveFragmentSpread((FragmentSpreadNode)node, context),
        SyntaxKind.InlineFragment => LeaveInlineFragment((InlineFragmentNode)node, context),
        SyntaxKind.FragmentDefinition => LeaveFragmentDefinition((FragmentDefinitionNode)node, context),
        SyntaxKind.Variable => LeaveVariable((VariableNode)node, context),
        SyntaxKind.IntValue => LeaveIntValue((IntValueNode)node, context),
        SyntaxKind.FloatValue => LeaveFloatValue((FloatValueNode)node, context),
        SyntaxKind.StringValue => LeaveStringValue((StringValueNode)node, context),
        SyntaxKind.BooleanValue => LeaveBooleanValue((BooleanValueNode)node, context),
        SyntaxKind.NullValue => LeaveNullValue((NullValueNode)node, context),
        SyntaxKind.EnumValue => LeaveEnumValue((EnumValueNode)node, context),
        SyntaxKind.ListValue => LeaveListValue((ListValueNode)node, context),
        SyntaxKind.ObjectValue => LeaveObjectValue((ObjectValueNode)node, context),
        SyntaxKind.ObjectField => LeaveObjectField((ObjectFieldNode)node, context),
        SyntaxKind.Directive => LeaveDirective((DirectiveNode)node, context),
        SyntaxKind.NamedType => LeaveNamedType((NamedTypeNode)node, context),
        SyntaxKind.ListType => LeaveListType((ListTypeNode)node, context),
        SyntaxKind.NonNullType => LeaveNonNullType((NonNullTypeNode)node, context),
        SyntaxKind.SchemaDefinition => LeaveSchemaDefinition((SchemaDefinitionNode)node, context),
        SyntaxKind.OperationTypeDefinition => LeaveOperationTypeDefinition((OperationTypeDefinitionNode)node, context),
        SyntaxKind.ScalarTypeDefinition => LeaveScalarTypeDefinition((ScalarTypeDefinitionNode)node, context),
        SyntaxKind.ObjectTypeDefinition => LeaveObjectTypeDefinition((ObjectTypeDefinitionNode)node, context),
        SyntaxKind.FieldDefinition => LeaveFieldDefinition((FieldDefinitionNode)node, context),
        SyntaxKind.InputValueDefinition => LeaveInputValueDefinition((InputValueDefinitionNode)node, context),
        SyntaxKind.InterfaceTypeDefinition => LeaveInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node, context),
        SyntaxKind.UnionTypeDefinition => LeaveUnionTypeDefinition((UnionTypeDefinitionNode)node, context),
        SyntaxKind.EnumTypeDefinition => LeaveEnumTypeDefinition((EnumTypeDefinitionNode)node, context),
        SyntaxKind.EnumValueDefinition => LeaveEnumValueDefinition((EnumValueDefinitionNode)node, context),
        SyntaxKind.InputObjectTypeDefinition => LeaveInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node, context),
        SyntaxKind.DirectiveDefinition => LeaveDirectiveDefinition((DirectiveDefinitionNode)node, context),
        SyntaxKind.SchemaExtension => LeaveSchemaExtension((SchemaExtensionNode)node, context),
        SyntaxKind.ScalarTypeExtension => LeaveScalarTypeExtension((ScalarTypeExtensionNode)node, context),
        SyntaxKind.ObjectTypeExtension => LeaveObjectTypeExtension((ObjectTypeExtensionNode)node, context),
        SyntaxKind.InterfaceTypeExtension => LeaveInterfaceTypeExtension((InterfaceTypeExtensionNode)node, context),
        SyntaxKind.UnionTypeExtension => LeaveUnionTypeExtension((UnionTypeExtensionNode)node, context),
        SyntaxKind.EnumTypeExtension => LeaveEnumTypeExtension((EnumTypeExtensionNode)node, context),
        SyntaxKind.InputObjectTypeExtension => LeaveInputObjectTypeExtension((InputObjectTypeExtensionNode)node, context),
        _ => VisitorAction.Continue,
    };

    /// <summary>Called when entering a <see cref="NameNode"/>.</summary>
    protected virtual VisitorAction EnterName(NameNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="NameNode"/>.</summary>
    protected virtual VisitorAction LeaveName(NameNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="DocumentNode"/>.</summary>
    protected virtual VisitorAction EnterDocument(DocumentNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="DocumentNode"/>.</summary>
    protected virtual VisitorAction LeaveDocument(DocumentNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="OperationDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="OperationDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="VariableDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterVariableDefinition(VariableDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="VariableDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveVariableDefinition(VariableDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="SelectionSetNode"/>.</summary>
    protected virtual VisitorAction EnterSelectionSet(SelectionSetNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="SelectionSetNode"/>.</summary>
    protected virtual VisitorAction LeaveSelectionSet(SelectionSetNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="FieldNode"/>.</summary>
    protected virtual VisitorAction EnterField(FieldNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="FieldNode"/>.</summary>
    protected virtual VisitorAction LeaveField(FieldNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="ArgumentNode"/>.</summary>
    protected virtual VisitorAction EnterArgument(ArgumentNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="ArgumentNode"/>.</summary>
    protected virtual VisitorAction LeaveArgument(ArgumentNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="FragmentSpreadNode"/>.</summary>
    protected virtual VisitorAction EnterFragmentSpread(FragmentSpreadNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="FragmentSpreadNode"/>.</summary>
    protected virtual VisitorAction LeaveFragmentSpread(FragmentSpreadNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="InlineFragmentNode"/>.</summary>
    protected virtual VisitorAction EnterInlineFragment(InlineFragmentNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="InlineFragmentNode"/>.</summary>
    protected virtual VisitorAction LeaveInlineFragment(InlineFragmentNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="FragmentDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="FragmentDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveFragmentDefinition(FragmentDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="VariableNode"/>.</summary>
    protected virtual VisitorAction EnterVariable(VariableNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="VariableNode"/>.</summary>
    protected virtual VisitorAction LeaveVariable(VariableNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="IntValueNode"/>.</summary>
    protected virtual VisitorAction EnterIntValue(IntValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="IntValueNode"/>.</summary>
    protected virtual VisitorAction LeaveIntValue(IntValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="FloatValueNode"/>.</summary>
    protected virtual VisitorAction EnterFloatValue(FloatValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="FloatValueNode"/>.</summary>
    protected virtual VisitorAction LeaveFloatValue(FloatValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="StringValueNode"/>.</summary>
    protected virtual VisitorAction EnterStringValue(StringValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="StringValueNode"/>.</summary>
    protected virtual VisitorAction LeaveStringValue(StringValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="BooleanValueNode"/>.</summary>
    protected virtual VisitorAction EnterBooleanValue(BooleanValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="BooleanValueNode"/>.</summary>
    protected virtual VisitorAction LeaveBooleanValue(BooleanValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="NullValueNode"/>.</summary>
    protected virtual VisitorAction EnterNullValue(NullValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="NullValueNode"/>.</summary>
    protected virtual VisitorAction LeaveNullValue(NullValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="EnumValueNode"/>.</summary>
    protected virtual VisitorAction EnterEnumValue(EnumValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="EnumValueNode"/>.</summary>
    protected virtual VisitorAction LeaveEnumValue(EnumValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="ListValueNode"/>.</summary>
    protected virtual VisitorAction EnterListValue(ListValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="ListValueNode"/>.</summary>
    protected virtual VisitorAction LeaveListValue(ListValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="ObjectValueNode"/>.</summary>
    protected virtual VisitorAction EnterObjectValue(ObjectValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="ObjectValueNode"/>.</summary>
    protected virtual VisitorAction LeaveObjectValue(ObjectValueNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="ObjectFieldNode"/>.</summary>
    protected virtual VisitorAction EnterObjectField(ObjectFieldNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="ObjectFieldNode"/>.</summary>
    protected virtual VisitorAction LeaveObjectField(ObjectFieldNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="DirectiveNode"/>.</summary>
    protected virtual VisitorAction EnterDirective(DirectiveNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="DirectiveNode"/>.</summary>
    protected virtual VisitorAction LeaveDirective(DirectiveNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="NamedTypeNode"/>.</summary>
    protected virtual VisitorAction EnterNamedType(NamedTypeNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="NamedTypeNode"/>.</summary>
    protected virtual VisitorAction LeaveNamedType(NamedTypeNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="ListTypeNode"/>.</summary>
    protected virtual VisitorAction EnterListType(ListTypeNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="ListTypeNode"/>.</summary>
    protected virtual VisitorAction LeaveListType(ListTypeNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="NonNullTypeNode"/>.</summary>
    protected virtual VisitorAction EnterNonNullType(NonNullTypeNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="NonNullTypeNode"/>.</summary>
    protected virtual VisitorAction LeaveNonNullType(NonNullTypeNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="SchemaDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterSchemaDefinition(SchemaDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="SchemaDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveSchemaDefinition(SchemaDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="OperationTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="OperationTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveOperationTypeDefinition(OperationTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="ScalarTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="ScalarTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="ObjectTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="ObjectTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="FieldDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterFieldDefinition(FieldDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="FieldDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveFieldDefinition(FieldDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="InputValueDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterInputValueDefinition(InputValueDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="InputValueDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveInputValueDefinition(InputValueDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="InterfaceTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="InterfaceTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="UnionTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="UnionTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveUnionTypeDefinition(UnionTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="EnumTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="EnumTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveEnumTypeDefinition(EnumTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="EnumValueDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterEnumValueDefinition(EnumValueDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="EnumValueDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveEnumValueDefinition(EnumValueDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="InputObjectTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="InputObjectTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="DirectiveDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterDirectiveDefinition(DirectiveDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="DirectiveDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveDirectiveDefinition(DirectiveDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="SchemaExtensionNode"/>.</summary>
    protected virtual VisitorAction EnterSchemaExtension(SchemaExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="SchemaExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveSchemaExtension(SchemaExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="ScalarTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction EnterScalarTypeExtension(ScalarTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="ScalarTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveScalarTypeExtension(ScalarTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="ObjectTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="ObjectTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveObjectTypeExtension(ObjectTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="InterfaceTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="InterfaceTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="UnionTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction EnterUnionTypeExtension(UnionTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="UnionTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveUnionTypeExtension(UnionTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="EnumTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction EnterEnumTypeExtension(EnumTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="EnumTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveEnumTypeExtension(EnumTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when entering a <see cref="InputObjectTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called when leaving a <see cref="InputObjectTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node, SyntaxWalkContext context) => VisitorAction.Continue;
}
