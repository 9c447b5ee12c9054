using System.Collections;
using System.Globalization;
using System.Reflection;

namespace MemberInsights.GraphQL.Execution;

/// <summary>
/// Converts coerced GraphQL input values (int, double, string, bool, enum values, lists and
/// dictionaries) to the CLR type a resolver asks for: numbers widen, lists become arrays or lists,
/// input objects become records or classes (constructor parameters or settable properties by name).
/// </summary>
public static class ArgumentConverter
{
    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>.</summary>
    public static T? Convert<T>(object? value) => value is T typed ? typed : (T?)Convert(value, typeof(T));

    /// <summary>Converts <paramref name="value"/> to <paramref name="target"/>; throws <see cref="InvalidCastException"/> when impossible.</summary>
    public static object? Convert(object? value, Type target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            return value is string name ? ParseEnum(underlying, name) : Enum.ToObject(underlying, value);
        }

        if (value is IConvertible && (underlying.IsPrimitive || underlying == typeof(decimal) || underlying == typeof(string)))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        if (underlying == typeof(Guid) && value is string guid)
        {
            return Guid.Parse(guid);
        }

        if (value is IReadOnlyList<object?> list && TryConvertList(list, underlying, out var converted))
        {
            return converted;
        }

        if (value is IReadOnlyDictionary<string, object?> fields)
        {
            return ToObject(fields, underlying);
        }

        throw new InvalidCastException($"Cannot convert {value.GetType().Name} to {target.Name}.");
    }

    private static object ParseEnum(Type enumType, string name)
    {
        foreach (var member in Enum.GetNames(enumType))
        {
            if (string.Equals(member, name.Replace("_", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse(enumType, member);
            }
        }

        throw new InvalidCastException($"\"{name}\" is not a member of {enumType.Name}.");
    }

    private static bool TryConvertList(IReadOnlyList<object?> list, Type target, out object? converted)
    {
        var itemType = target.IsArray
            ? target.GetElementType()
            : target.IsGenericType && target.GetGenericArguments().Length == 1 && typeof(IEnumerable).IsAssignableFrom(target)
                ? target.GetGenericArguments()[0]
                : null;
        if (itemType is null)
        {
            converted = null;
            return false;
        }

        var array = Array.CreateInstance(itemType, list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            array.SetValue(Convert(list[i], itemType), i);
        }

        converted = target.IsArray || target.IsAssignableFrom(array.GetType())
            ? array
            : Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType), array);
        return true;
    }

    private static object ToObject(IReadOnlyDictionary<string, object?> fields, Type target)
    {
        var constructor = target.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidCastException($"{target.Name} has no public constructor.");
        var parameters = constructor.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var key = FindKey(fields, parameters[i].Name!);
            arguments[i] = key is null
                ? (parameters[i].HasDefaultValue ? parameters[i].DefaultValue : Convert(null, parameters[i].ParameterType))
                : Convert(fields[key], parameters[i].ParameterType);
        }

        var instance = constructor.Invoke(arguments);
        foreach (var property in target.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } && !parameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase))
                && FindKey(fields, property.Name) is { } key)
            {
                property.SetValue(instance, Convert(fields[key], property.PropertyType));
            }
        }

        return instance;
    }

    private static string? FindKey(IReadOnlyDictionary<string, object?> fields, string name)
    {
        foreach (var key in fields.Keys)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }

        return null;
    }
}
