using System.Text;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Types.Introspection;
using MemberInsights.GraphQL.Types.Scalars;

namespace MemberInsights.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly like graphql-js 17 <c>printSchema</c> (specified directives, scalars and introspection types
/// omitted), plus the <c>@authorize</c> directives the executor enforces, where the SDL applied them.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>Prints the schema.</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!directive.IsSpecified)
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.Types)
        {
            if (type is ScalarType { IsSpecified: true } || IntrospectionTypes.IsIntrospectionType(type))
            {
                continue;
            }

            parts.Add(PrintType(type));
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>Prints one named type.</summary>
    public static string PrintType(INamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
        ObjectType objectType => Description(objectType.Description) + "type " + objectType.Name + Interfaces(objectType) + Authorize(objectType.Authorization) + Fields(objectType),
        InterfaceType @interface => Description(@interface.Description) + "interface " + @interface.Name + Interfaces(@interface) + Fields(@interface),
        UnionType union => Description(union.Description) + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select((v, i) =>
            Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.QueryType is null && schema.MutationType is null && schema.SubscriptionType is null)
        {
            return null;
        }

        var hasDefaultRoots = schema.QueryType == schema.GetType("Query")
            && schema.MutationType == schema.GetType("Mutation")
            && schema.SubscriptionType == schema.GetType("Subscription");
        if (schema.Description is null && hasDefaultRoots)
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        if (schema.QueryType is not null)
        {
            builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        }

        if (schema.MutationType is not null)
        {
            builder.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        }

        if (schema.SubscriptionType is not null)
        {
            builder.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string Interfaces(IComplexOutputType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(IComplexOutputType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason) + Authorize(f.Authorization)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<ArgumentDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) =>
            Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value) =>
        value.Name + ": " + value.Type
        + (value.DefaultValue is null ? string.Empty : " = " + Printer.Print(value.DefaultValue))
        + Deprecated(value.DeprecationReason);

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string Authorize(AuthorizationRequirement? requirement) => requirement is null ? string.Empty : " " + requirement.Directive;

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var printed = BlockString.IsPrintableAsBlockString(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
