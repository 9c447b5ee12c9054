using System.Collections;
using System.Globalization;
using System.Text;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Utilities;

namespace MemberInsights.GraphQL.Execution.Coercion;

/// <summary>
/// CoerceInputValue of the spec (section 3.10/6.1.2) for JSON-shaped variable values, reporting every
/// problem with its path inside the value (<c>.field[1]</c>) as graphql-js 17 does.
/// </summary>
public static class InputCoercion
{
    /// <summary>Reports one coercion problem: the path inside the value (may be empty) and the message.</summary>
    public delegate void ErrorSink(string path, string message);

    /// <summary>Coerces <paramref name="value"/> to <paramref name="type"/>; problems go to <paramref name="onError"/>.</summary>
    public static object? Coerce(object? value, IInputType type, ErrorSink onError)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        return Coerce(value, type, onError, new StringBuilder());
    }

    private static object? Coerce(object? value, IType type, ErrorSink onError, StringBuilder path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                onError(path.ToString(), $"Expected value of non-null type \"{type}\" not to be null.");
                return null;
            }

            return Coerce(value, nonNull.OfType, onError, path);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>)
                {
                    var coerced = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        var length = path.Length;
                        path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                        coerced.Add(Coerce(item, list.OfType, onError, path));
                        path.Length = length;
                        index++;
                    }

                    return coerced;
                }

                return new List<object?>(1) { Coerce(value, list.OfType, onError, path) };
            case InputObjectType input:
                return CoerceInputObject(value, input, onError, path);
            case ILeafType leaf:
                try
                {
                    return leaf.ParseValue(value);
                }
                catch (ScalarCoercionException invalid)
                {
                    onError(path.ToString(), invalid.Message);
                    return null;
                }

            default:
                throw new InvalidOperationException($"Unexpected input type {type}.");
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType input, ErrorSink onError, StringBuilder path)
    {
        if (value is not IReadOnlyDictionary<string, object?> fields)
        {
            onError(path.ToString(), $"Expected value of type \"{input.Name}\" to be an object, found: {ValueInspector.Inspect(value)}.");
            return null;
        }

        var coerced = new Dictionary<string, object?>(input.Fields.Count, StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = LiteralCoercion.DefaultValueOf(field);
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToString(), $"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {ValueInspector.Inspect(value)}.");
                }

                continue;
            }

            var length = path.Length;
            path.Append('.').Append(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.Length = length;
        }

        foreach (var key in fields.Keys)
        {
            if (input.GetField(key) is null)
            {
                onError(path.ToString(), $"Expected value of type \"{input.Name}\" not to include unknown field \"{key}\", found: {ValueInspector.Inspect(value)}.");
            }
        }

        if (input.IsOneOf)
        {
            CheckOneOf(input, fields, onError, path);
        }

        return coerced;
    }

    private static void CheckOneOf(InputObjectType input, IReadOnlyDictionary<string, object?> fields, ErrorSink onError, StringBuilder path)
    {
        var message = $"Within OneOf Input Object type \"{input.Name}\", exactly one field must be specified, and the value for that field must be non-null.";
        if (fields.Count != 1)
        {
            onError(path.ToString(), message);
            return;
        }

        foreach (var (key, fieldValue) in fields)
        {
            if (fieldValue is null)
            {
                onError(path + "." + key, message);
            }
        }
    }
}
