using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types.Scalars;

namespace MemberInsights.GraphQL.Types;

/// <summary>Filling the type shells: fields and interfaces, union members, enum values, input fields.</summary>
internal sealed partial class SdlTypeFactory
{
    private void Fill(TypeDefinition type, TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
    {
        type.AstNode = definition;
        type.Description = definition.Description?.Value;
        foreach (var extension in extensions)
        {
            type.ExtensionAstNodes.Add(extension);
        }

        switch (type)
        {
            case ScalarType scalar:
                var specifiedBy = FindDirective(definition, extensions, "specifiedBy");
                if (specifiedBy is not null)
                {
                    scalar.SpecifiedByUrl = StringArgument(specifiedBy, "url");
                }

                break;
            case ComplexOutputType complex:
                var (interfaces, fields) = definition is ObjectTypeDefinitionNode o ? (o.Interfaces, o.Fields) : (((InterfaceTypeDefinitionNode)definition).Interfaces, ((InterfaceTypeDefinitionNode)definition).Fields);
                AddComplexMembers(complex, interfaces, fields);
                foreach (var extension in extensions)
                {
                    switch (extension)
                    {
                        case ObjectTypeExtensionNode e: AddComplexMembers(complex, e.Interfaces, e.Fields); break;
                        case InterfaceTypeExtensionNode e: AddComplexMembers(complex, e.Interfaces, e.Fields); break;
                    }
                }

                break;
            case UnionType union:
                AddUnionMembers(union, ((UnionTypeDefinitionNode)definition).Types);
                foreach (var extension in extensions.OfType<UnionTypeExtensionNode>())
                {
                    AddUnionMembers(union, extension.Types);
                }

                break;
            case EnumType enumType:
                AddEnumValues(enumType, ((EnumTypeDefinitionNode)definition).Values);
                foreach (var extension in extensions.OfType<EnumTypeExtensionNode>())
                {
                    AddEnumValues(enumType, extension.Values);
                }

                break;
            case InputObjectType input:
                input.IsOneOf = FindDirective(definition, extensions, "oneOf") is not null;
                AddInputFields(input, ((InputObjectTypeDefinitionNode)definition).Fields);
                foreach (var extension in extensions.OfType<InputObjectTypeExtensionNode>())
                {
                    AddInputFields(input, extension.Fields);
                }

                break;
        }
    }

    private void AddComplexMembers(ComplexOutputType type, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var node in interfaces)
        {
            var resolved = ResolveNamed(node);
            if (resolved is InterfaceType @interface)
            {
                type.AddInterface(@interface);
            }
            else if (resolved is not null)
            {
                _errors.Add($"Type {type.Name} must only implement Interface types, it cannot implement {resolved.Name}.");
            }
        }

        foreach (var node in fields)
        {
            if (type.GetField(node.Name.Value) is not null)
            {
                _errors.Add($"Field \"{type.Name}.{node.Name.Value}\" can only be defined once.");
                continue;
            }

            var fieldType = ResolveType(node.Type);
            if (fieldType is not null && !TypePredicates.IsOutputType(fieldType))
            {
                _errors.Add($"The type of {type.Name}.{node.Name.Value} must be Output Type but got: {fieldType}.");
                fieldType = null;
            }

            var field = new FieldDefinition(node.Name.Value, (IOutputType?)fieldType ?? ScalarType.String)
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            };
            foreach (var argument in node.Arguments)
            {
                if (field.GetArgument(argument.Name.Value) is not null)
                {
                    _errors.Add($"Argument \"{type.Name}.{node.Name.Value}({argument.Name.Value}:)\" can only be defined once.");
                    continue;
                }

                field.AddArgument(new ArgumentDefinition(argument.Name.Value, InputType(argument, $"{type.Name}.{node.Name.Value}({argument.Name.Value}:)"))
                {
                    Description = argument.Description?.Value,
                    DefaultValue = argument.DefaultValue,
                    DeprecationReason = DeprecationReason(argument.Directives),
                    AstNode = argument,
                });
            }

            type.AddField(field);
        }
    }

    private void AddUnionMembers(UnionType union, IReadOnlyList<NamedTypeNode> members)
    {
        foreach (var node in members)
        {
            var resolved = ResolveNamed(node);
            if (resolved is ObjectType objectType)
            {
                union.AddType(objectType);
            }
            else if (resolved is not null)
            {
                _errors.Add($"Union type {union.Name} can only include Object types, it cannot include {resolved.Name}.");
            }
        }
    }

    private void AddEnumValues(EnumType enumType, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var node in values)
        {
            if (enumType.GetValue(node.Name.Value) is not null)
            {
                _errors.Add($"Enum value \"{enumType.Name}.{node.Name.Value}\" can only be defined once.");
                continue;
            }

            enumType.AddValue(new EnumValueDefinition(node.Name.Value)
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            });
        }
    }

    private void AddInputFields(InputObjectType input, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            if (input.GetField(node.Name.Value) is not null)
            {
                _errors.Add($"Field \"{input.Name}.{node.Name.Value}\" can only be defined once.");
                continue;
            }

            input.AddField(new InputFieldDefinition(node.Name.Value, InputType(node, $"{input.Name}.{node.Name.Value}"))
            {
                Description = node.Description?.Value,
                DefaultValue = node.DefaultValue,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            });
        }
    }
}
