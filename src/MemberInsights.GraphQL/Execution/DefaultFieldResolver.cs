using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace MemberInsights.GraphQL.Execution;

/// <summary>
/// Resolves a field without a resolver by reading the parent: a dictionary key, a JSON property,
/// or a public property/field whose name matches case-insensitively. Accessors are compiled once per CLR type and name.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Accessors = new();

    /// <summary>Reads <paramref name="fieldName"/> from <paramref name="parent"/>; null when absent.</summary>
    public static object? Resolve(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var item) ? item : null;
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                return json.TryGetProperty(fieldName, out var property) ? property : null;
        }

        var accessor = Accessors.GetOrAdd((parent.GetType(), fieldName), static key => Compile(key.Type, key.Name));
        return accessor?.Invoke(parent);
    }

    /// <summary>True when values of <paramref name="clrType"/> can provide <paramref name="fieldName"/>.</summary>
    public static bool CanResolve(Type clrType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        return typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(clrType)
            || typeof(IDictionary<string, object?>).IsAssignableFrom(clrType)
            || clrType == typeof(JsonElement)
            || FindMember(clrType, fieldName) is not null;
    }

    private static MemberInfo? FindMember(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        return (MemberInfo?)type.GetProperty(name, flags) ?? type.GetField(name, flags);
    }

    private static Func<object, object?>? Compile(Type type, string name)
    {
        var member = FindMember(type, name);
        if (member is PropertyInfo { GetMethod: null } or PropertyInfo { GetMethod.IsPublic: false })
        {
            member = null;
        }

        if (member is null || (member is PropertyInfo property && property.GetIndexParameters().Length > 0))
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "parent");
        var access = Expression.MakeMemberAccess(Expression.Convert(parameter, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), parameter).Compile();
    }
}
