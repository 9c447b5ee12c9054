using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace MemberInsights.Api.Tests.Architecture;

/// <summary>
/// Every type an assembly's types use: base types, interfaces, fields, properties, signatures, locals, catch
/// clauses and every type, method and field token in their method bodies (so calls, constructions and casts
/// count, not only declarations). Compiler-generated nested types (lambdas, async state machines) count for
/// the type that declares them.
/// </summary>
public static class TypeDependencies
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The (user, used) pairs of <paramref name="assembly"/>, users being its own non-generated top-level types.</summary>
    public static IReadOnlyList<(Type User, Type Used)> Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var pairs = new HashSet<(Type, Type)>();
        foreach (var type in assembly.GetTypes())
        {
            var user = Outermost(type);
            if (user.IsDefined(typeof(CompilerGeneratedAttribute), false))
            {
                continue; // anonymous types and <PrivateImplementationDetails>: they use only what their users hand them
            }

            foreach (var used in Used(type).SelectMany(Expand).Where(t => t.Assembly == assembly).Select(Outermost))
            {
                if (used != user && !used.IsDefined(typeof(CompilerGeneratedAttribute), false))
                {
                    pairs.Add((user, used));
                }
            }
        }

        return pairs.ToList();
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
    }

    private static IEnumerable<Type> Used(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var contract in type.GetInterfaces())
        {
            yield return contract;
        }

        foreach (var field in type.GetFields(Declared))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(Declared))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var used in InBody(method))
            {
                yield return used;
            }
        }
    }

    /// <summary>The locals, catch types and the types of every token of the method's IL.</summary>
    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        foreach (var clause in body.ExceptionHandlingClauses)
        {
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause)
            {
                yield return clause.CatchType!;
            }
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    foreach (var used in Of(member))
                    {
                        yield return used;
                    }

                    break;
            }

            at += OperandSize(code.OperandType, il, at);
        }
    }

    private static IEnumerable<Type> Of(MemberInfo? member)
    {
        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case FieldInfo field:
                yield return field.DeclaringType!;
                yield return field.FieldType;
                break;
            case MethodBase called:
                yield return called.DeclaringType!;
                if (called is MethodInfo info)
                {
                    yield return info.ReturnType;
                    foreach (var argument in info.IsGenericMethod ? info.GetGenericArguments() : [])
                    {
                        yield return argument;
                    }
                }

                break;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    /// <summary>A type with its element type and generic arguments, recursively.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }
}
