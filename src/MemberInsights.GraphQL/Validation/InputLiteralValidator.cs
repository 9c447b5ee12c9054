using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Types.Scalars;

namespace MemberInsights.GraphQL.Validation;

/// <summary>
/// Checks a literal against an input type without variable values (graphql-js
/// <c>validateInputLiteral</c> in static mode): variables are accepted anywhere, every other
/// mismatch is reported with graphql-js's message, the offending value and its path inside the
/// literal (<c>[0].field</c>). Used by ValuesOfCorrectType and for default values in the schema.
/// </summary>
internal sealed class InputLiteralValidator(
    Action<string, SyntaxNode, string> report,
    Func<string, IEnumerable<string>, IReadOnlyList<string>> suggest)
{
    private readonly List<string> _path = [];

    /// <summary>A validator reporting to a document validation (paths are not part of those messages).</summary>
    public InputLiteralValidator(ValidationContext validation)
        : this((message, node, _) => validation.ReportError(message, node), validation.Suggest)
    {
    }

    private string Path => string.Concat(_path);

    public void Validate(ValueNode value, IInputType type)
    {
        if (value is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (value is NullValueNode)
            {
                report($"Expected value of non-null type \"{type}\" not to be null.", value, Path);
                return;
            }

            Validate(value, (IInputType)nonNull.OfType);
            return;
        }

        if (value is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (value is ListValueNode items)
                {
                    for (var i = 0; i < items.Values.Count; i++)
                    {
                        _path.Add($"[{i}]");
                        Validate(items.Values[i], (IInputType)list.OfType);
                        _path.RemoveAt(_path.Count - 1);
                    }
                }
                else
                {
                    Validate(value, (IInputType)list.OfType);
                }

                break;
            case InputObjectType inputObject:
                ValidateObject(value, inputObject);
                break;
            case EnumType enumType:
                ValidateEnum(value, enumType);
                break;
            case ScalarType scalar:
                ValidateScalar(value, scalar);
                break;
        }
    }

    private void ValidateObject(ValueNode value, InputObjectType type)
    {
        if (value is not ObjectValueNode objectValue)
        {
            report($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(value)}.", value, Path);
            return;
        }

        foreach (var field in type.Fields)
        {
            var fieldNode = Find(objectValue, field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired)
                {
                    report(
                        $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(value)}.",
                        value,
                        Path);
                }
            }
            else
            {
                _path.Add("." + field.Name);
                Validate(fieldNode.Value, field.Type);
                _path.RemoveAt(_path.Count - 1);
            }
        }

        var knownFields = 0;
        ObjectFieldNode? firstKnown = null;
        foreach (var fieldNode in objectValue.Fields)
        {
            var name = fieldNode.Name.Value;
            if (type.GetField(name) is null)
            {
                var names = new List<string>(type.Fields.Count);
                foreach (var field in type.Fields)
                {
                    names.Add(field.Name);
                }

                var suggestion = Suggestions.DidYouMean(suggest(name, names));
                report(
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\""
                    + (suggestion.Length > 0 ? "." + suggestion + " Found" : ", found") + $": {Printer.Print(value)}.",
                    fieldNode,
                    Path);
            }
            else
            {
                knownFields++;
                firstKnown ??= fieldNode;
            }
        }

        if (type.IsOneOf && (knownFields != 1 || firstKnown!.Value is NullValueNode))
        {
            report(
                $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.",
                value,
                knownFields == 1 ? Path + "." + firstKnown!.Name.Value : Path);
        }
    }

    private void ValidateEnum(ValueNode value, EnumType type)
    {
        if (value is EnumValueNode enumValue && type.GetValue(enumValue.Value) is not null)
        {
            return;
        }

        var printed = Printer.Print(value);
        var names = new List<string>(type.Values.Count);
        foreach (var definition in type.Values)
        {
            names.Add(definition.Name);
        }

        var suggestion = Suggestions.DidYouMean(suggest(printed, names), "the enum value");
        report(
            value is EnumValueNode
                ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum." + suggestion
                : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + suggestion,
            value,
            Path);
    }

    private void ValidateScalar(ValueNode value, ScalarType type)
    {
        string? failure;
        try
        {
            failure = null;
            if (!type.IsSpecified && ContainsVariable(value))
            {
                return;
            }

            type.ParseLiteral(value, null);
        }
        catch (ScalarCoercionException error)
        {
            failure = error.Message;
        }
        catch (Exception error) when (error is FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            failure = $"Expected value of type \"{type.Name}\", but encountered error \"{error.Message}\"; found: {Printer.Print(value)}.";
        }

        if (failure is not null)
        {
            report(failure, value, Path);
        }
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => AnyVariable(list.Values),
        ObjectValueNode obj => AnyFieldVariable(obj.Fields),
        _ => false,
    };

    private static bool AnyVariable(IReadOnlyList<ValueNode> values)
    {
        foreach (var value in values)
        {
            if (ContainsVariable(value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyFieldVariable(IReadOnlyList<ObjectFieldNode> fields)
    {
        foreach (var field in fields)
        {
            if (ContainsVariable(field.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static ObjectFieldNode? Find(ObjectValueNode value, string name)
    {
        ObjectFieldNode? found = null;
        foreach (var field in value.Fields)
        {
            if (field.Name.Value == name)
            {
                found = field;
            }
        }

        return found;
    }
}
