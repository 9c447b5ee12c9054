using System.Text;
using System.Text.Json;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>
/// Canonical text keys of argument values (object fields sorted), so two arguments are "the same"
/// for field merging exactly when their keys are equal; computed once per value node.
/// </summary>
internal sealed class ArgumentValueKeys
{
    private readonly Dictionary<ValueNode, string> _keys = new(ReferenceEqualityComparer.Instance);

    public string Of(ValueNode value)
    {
        if (!_keys.TryGetValue(value, out var key))
        {
            var builder = new StringBuilder();
            AppendValueKey(builder, value);
            key = builder.ToString();
            _keys[value] = key;
        }

        return key;
    }

    private static void AppendValueKey(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendValueKey(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                var fields = new List<ObjectFieldNode>(obj.Fields);
                fields.Sort((a, b) => string.CompareOrdinal(a.Name.Value, b.Name.Value));
                builder.Append('{');
                foreach (var field in fields)
                {
                    builder.Append(field.Name.Value).Append(':');
                    AppendValueKey(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case StringValueNode text:
                builder.Append(text.Block ? "B" : "S").Append(JsonSerializer.Serialize(text.Value));
                break;
            case IntValueNode number:
                builder.Append("I:").Append(number.Value);
                break;
            case FloatValueNode number:
                builder.Append("F:").Append(number.Value);
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case EnumValueNode enumValue:
                builder.Append("E:").Append(enumValue.Value);
                break;
            case NullValueNode:
                builder.Append("null");
                break;
        }
    }
}
