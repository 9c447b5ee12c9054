using MemberInsights.GraphQL.Validation;
using MemberInsights.GraphQL.Types.Introspection;

namespace MemberInsights.GraphQL.Types;

/// <summary>The type-system validation rules of the spec (graphql-js <c>validateSchema</c>), with graphql-js messages.</summary>
public static class SchemaValidator
{
    /// <summary>Returns every rule violation of <paramref name="schema"/> (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var errors = new List<string>();
        if (schema.QueryType is null)
        {
            errors.Add("Query root type must be provided.");
        }

        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
            }

            ValidateArguments($"@{directive.Name}", directive.Arguments, errors);
        }

        var inputs = new List<InputObjectType>();
        var defaultCycles = new InputObjectDefaultValueCycles(errors);
        foreach (var type in schema.Types)
        {
            if (IntrospectionTypes.IsIntrospectionType(type))
            {
                continue;
            }

            ValidateName(type.Name, errors);
            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateFields(complex, errors);
                    ValidateInterfaces(schema, complex, errors);
                    break;
                case UnionType union:
                    ValidateUnion(union, errors);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, errors);
                    inputs.Add(input);
                    defaultCycles.Check(input);
                    break;
            }
        }

        InputObjectFiniteValues.Check(inputs, errors);
        return errors;
    }

    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void ValidateArguments(string owner, IReadOnlyList<ArgumentDefinition> arguments, List<string> errors)
    {
        foreach (var argument in arguments)
        {
            ValidateName(argument.Name, errors);
            if (argument.IsRequired && argument.IsDeprecated)
            {
                errors.Add($"Required argument {owner}({argument.Name}:) cannot be deprecated.");
            }

            ValidateDefaultValue($"{owner}({argument.Name}:)", argument, errors);
        }
    }

    private static void ValidateDefaultValue(string coordinate, InputValueDefinition value, List<string> errors)
    {
        if (value.DefaultValue is { } literal)
        {
            new InputLiteralValidator(
                    (message, _, path) => errors.Add($"{coordinate} has invalid default value{(path.Length == 0 ? string.Empty : " at " + path)}: {message}"),
                    Suggestions.For)
                .Validate(literal, value.Type);
        }
    }

    private static void ValidateFields(ComplexOutputType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors);
            ValidateArguments($"{type.Name}.{field.Name}", field.Arguments, errors);
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexOutputType type, List<string> errors)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var @interface in type.Interfaces)
        {
            if (ReferenceEquals(@interface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(@interface))
            {
                errors.Add($"Type {type.Name} can only implement {@interface.Name} once.");
                continue;
            }

            foreach (var transitive in @interface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    errors.Add(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {@interface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {@interface.Name}.");
                }
            }

            ValidateImplementation(schema, type, @interface, errors);
        }
    }

    private static void ValidateImplementation(Schema schema, ComplexOutputType type, InterfaceType @interface, List<string> errors)
    {
        foreach (var interfaceField in @interface.Fields)
        {
            var field = type.GetField(interfaceField.Name);
            if (field is null)
            {
                errors.Add($"Interface field {@interface.Name}.{interfaceField.Name} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(schema, field.Type, interfaceField.Type))
            {
                errors.Add($"Interface field {@interface.Name}.{interfaceField.Name} expects type {interfaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.");
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.GetArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    errors.Add($"Interface field argument {@interface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.");
                }
                else if (!TypeComparators.AreTypesEqual(interfaceArgument.Type, argument.Type))
                {
                    errors.Add($"Interface field argument {@interface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{field.Name}({argument.Name}:) is type {argument.Type}.");
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired && interfaceField.GetArgument(argument.Name) is null)
                {
                    errors.Add($"Argument \"{type.Name}.{field.Name}({argument.Name}:)\" must not be required type \"{argument.Type}\" if not provided by the Interface field \"{@interface.Name}.{interfaceField.Name}\".");
                }
            }
        }
    }

    private static void ValidateUnion(UnionType union, List<string> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.");
        }

        var seen = new HashSet<ObjectType>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member))
            {
                errors.Add($"Union type {union.Name} can only include type {member.Name} once.");
            }
        }
    }

    private static void ValidateEnum(EnumType enumType, List<string> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add($"Enum type {enumType.Name} must define one or more values.");
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, errors);
            if (value.Name is "true" or "false" or "null")
            {
                errors.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
            }
        }
    }

    private static void ValidateInputFields(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, errors);
            ValidateDefaultValue($"{input.Name}.{field.Name}", field, errors);
            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }

            if (input.IsOneOf && field.Type is NonNullType)
            {
                errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
            }

            if (input.IsOneOf && field.HasDefaultValue)
            {
                errors.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
            }
        }
    }
}
