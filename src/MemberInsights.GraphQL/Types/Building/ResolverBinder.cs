using System.Reflection;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Execution.Cost;
using MemberInsights.GraphQL.Types.Introspection;

namespace MemberInsights.GraphQL.Types;

/// <summary>Attaches resolvers, runtime types and enum values to a built schema, reporting bindings that match nothing.</summary>
internal sealed class ResolverBinder
{
    private readonly Schema _schema;
    private readonly List<string> _errors;

    public ResolverBinder(Schema schema, List<string> errors)
    {
        _schema = schema;
        _errors = errors;
    }

    public void BindEnums(IReadOnlyDictionary<string, Type> bindings)
    {
        foreach (var (name, clrType) in bindings)
        {
            if (_schema.GetType(name) is not EnumType enumType)
            {
                _errors.Add($"Enum binding for \"{name}\", but the schema has no enum type named \"{name}\".");
                continue;
            }

            foreach (var value in enumType.Values)
            {
                var member = Enum.GetNames(clrType).FirstOrDefault(m =>
                    string.Equals(m, value.Name.Replace("_", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
                if (member is null)
                {
                    _errors.Add($"Enum value \"{name}.{value.Name}\" has no matching member in C# enum {clrType.Name}.");
                    continue;
                }

                value.Value = Enum.Parse(clrType, member);
            }
        }
    }

    public void BindFieldResolvers(IReadOnlyDictionary<(string Type, string Field), FieldResolver> resolvers)
    {
        foreach (var ((typeName, fieldName), resolver) in resolvers)
        {
            var field = FindField(typeName, fieldName);
            if (field is not null)
            {
                field.Resolver = resolver;
            }
        }
    }

    public void BindCostEstimators(IReadOnlyDictionary<(string Type, string Field), FieldCostEstimator> estimators)
    {
        foreach (var ((typeName, fieldName), estimator) in estimators)
        {
            if (FindField(typeName, fieldName) is { } field)
            {
                field.CostEstimator = estimator;
            }
        }
    }

    public void BindResolverClasses(IReadOnlyList<(string Type, Type ResolverClass, object? Instance)> classes)
    {
        foreach (var (typeName, resolverClass, instance) in classes)
        {
            if (_schema.GetType(typeName) is not ObjectType objectType)
            {
                _errors.Add($"Resolvers {resolverClass.Name} are bound to \"{typeName}\", but the schema has no object type named \"{typeName}\".");
                continue;
            }

            var methods = resolverClass.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName);
            foreach (var method in methods)
            {
                var field = objectType.Fields.FirstOrDefault(f => string.Equals(f.Name, FieldNameOf(method.Name), StringComparison.OrdinalIgnoreCase));
                if (field is null)
                {
                    _errors.Add($"Resolver method {resolverClass.Name}.{method.Name} matches no field of \"{typeName}\".");
                    continue;
                }

                field.Resolver = MethodResolverFactory.Create(method, field, resolverClass, instance);
            }
        }
    }

    public void BindAbstractTypes(
        IReadOnlyDictionary<string, Type> runtimeTypes,
        IReadOnlyDictionary<string, TypeResolver> typeResolvers,
        IReadOnlyDictionary<string, Func<object, bool>> isTypeOf)
    {
        foreach (var (name, clrType) in runtimeTypes)
        {
            if (_schema.GetType(name) is ObjectType objectType)
            {
                objectType.IsTypeOf ??= clrType.IsInstanceOfType;
            }
            else
            {
                _errors.Add($"Runtime type {clrType.Name} is bound to \"{name}\", but the schema has no object type named \"{name}\".");
            }
        }

        foreach (var (name, test) in isTypeOf)
        {
            if (_schema.GetType(name) is ObjectType objectType)
            {
                objectType.IsTypeOf = test;
            }
            else
            {
                _errors.Add($"IsTypeOf is bound to \"{name}\", but the schema has no object type named \"{name}\".");
            }
        }

        foreach (var (name, resolver) in typeResolvers)
        {
            if (_schema.GetType(name) is IAbstractType abstractType)
            {
                abstractType.ResolveType = resolver;
            }
            else
            {
                _errors.Add($"ResolveType is bound to \"{name}\", but the schema has no interface or union named \"{name}\".");
            }
        }
    }

    public void RequireResolvers(IReadOnlyDictionary<string, Type> runtimeTypes)
    {
        foreach (var type in _schema.Types)
        {
            if (type is not ObjectType objectType || IntrospectionTypes.IsIntrospectionType(objectType))
            {
                continue;
            }

            var isRoot = objectType == _schema.QueryType || objectType == _schema.MutationType || objectType == _schema.SubscriptionType;
            foreach (var field in objectType.Fields)
            {
                if (field.Resolver is not null)
                {
                    continue;
                }

                if (isRoot)
                {
                    _errors.Add($"Field \"{objectType.Name}.{field.Name}\" has no resolver.");
                }
                else if (!runtimeTypes.TryGetValue(objectType.Name, out var clrType))
                {
                    _errors.Add($"Field \"{objectType.Name}.{field.Name}\" has no resolver, and type \"{objectType.Name}\" has no runtime type bound to read it from.");
                }
                else if (!DefaultFieldResolver.CanResolve(clrType, field.Name))
                {
                    _errors.Add($"Field \"{objectType.Name}.{field.Name}\" has no resolver, and runtime type {clrType.Name} has no property \"{field.Name}\".");
                }
            }
        }
    }

    private FieldDefinition? FindField(string typeName, string fieldName)
    {
        var type = _schema.GetType(typeName);
        if (type is not ObjectType objectType)
        {
            _errors.Add(type is null
                ? $"Resolver bound to \"{typeName}.{fieldName}\", but the schema has no type named \"{typeName}\"."
                : $"Resolver bound to \"{typeName}.{fieldName}\", but \"{typeName}\" is not an object type.");
            return null;
        }

        var field = objectType.GetField(fieldName);
        if (field is null)
        {
            _errors.Add($"Resolver bound to \"{typeName}.{fieldName}\", but the schema has no such field.");
        }

        return field;
    }

    private static string FieldNameOf(string methodName)
    {
        var name = methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName[..^5] : methodName;
        return name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]) ? name[3..] : name;
    }
}
