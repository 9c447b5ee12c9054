using System.Collections.Concurrent;
using System.Reflection;
using MemberInsights.GraphQL.Execution;

namespace MemberInsights.GraphQL.Types;

/// <summary>Turns a C# method into a <see cref="FieldResolver"/> with its parameters bound from the resolver context.</summary>
internal static class MethodResolverFactory
{
    private static readonly ConcurrentDictionary<Type, Func<object, ValueTask<object?>>> Awaiters = new();
    private static readonly MethodInfo AwaitTaskMethod = typeof(MethodResolverFactory).GetMethod(nameof(AwaitTask), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo AwaitValueTaskMethod = typeof(MethodResolverFactory).GetMethod(nameof(AwaitValueTask), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static FieldResolver Create(MethodInfo method, FieldDefinition field, Type resolverClass, object? instance)
    {
        var parameters = method.GetParameters();
        var binders = new Func<IResolverContext, object?>[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            binders[i] = BindParameter(parameters[i], field);
        }

        var invoker = MethodInvoker.Create(method);
        var isStatic = method.IsStatic;
        var singleton = isStatic ? null : new Lazy<object>(() => instance ?? Activator.CreateInstance(resolverClass)!);
        var awaiter = ResultAwaiter(method.ReturnType);
        return context =>
        {
            var target = isStatic ? null : context.Services.GetService(resolverClass) ?? singleton!.Value;
            var arguments = new object?[binders.Length];
            for (var i = 0; i < binders.Length; i++)
            {
                arguments[i] = binders[i](context);
            }

            object? result;
            try
            {
                result = invoker.Invoke(target, arguments.AsSpan());
            }
            catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(wrapped.InnerException).Throw();
                throw;
            }

            return awaiter is null || result is null ? new ValueTask<object?>(result) : awaiter(result);
        };
    }

    private static Func<IResolverContext, object?> BindParameter(ParameterInfo parameter, FieldDefinition field)
    {
        var type = parameter.ParameterType;
        if (type == typeof(IResolverContext))
        {
            return context => context;
        }

        if (type == typeof(CancellationToken))
        {
            return context => context.CancellationToken;
        }

        if (type == typeof(IServiceProvider))
        {
            return context => context.Services;
        }

        if (parameter.Name == "parent")
        {
            return context => ArgumentConverter.Convert(context.Parent, type);
        }

        var argument = field.Arguments.FirstOrDefault(a => string.Equals(a.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
        if (argument is not null)
        {
            var name = argument.Name;
            return context => ArgumentConverter.Convert(context.Arguments.GetValueOrDefault(name), type);
        }

        return context => context.Services.GetService(type)
            ?? throw new InvalidOperationException($"No service of type {type.Name} is registered for parameter \"{parameter.Name}\".");
    }

    private static Func<object, ValueTask<object?>>? ResultAwaiter(Type returnType)
    {
        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return static async result =>
            {
                if (result is Task task)
                {
                    await task.ConfigureAwait(false);
                }
                else
                {
                    await ((ValueTask)result).ConfigureAwait(false);
                }

                return null;
            };
        }

        if (!returnType.IsGenericType)
        {
            return null;
        }

        var definition = returnType.GetGenericTypeDefinition();
        if (definition != typeof(Task<>) && definition != typeof(ValueTask<>))
        {
            return null;
        }

        return Awaiters.GetOrAdd(returnType, static type =>
        {
            var method = (type.GetGenericTypeDefinition() == typeof(Task<>) ? AwaitTaskMethod : AwaitValueTaskMethod)
                .MakeGenericMethod(type.GetGenericArguments()[0]);
            return method.CreateDelegate<Func<object, ValueTask<object?>>>();
        });
    }

    private static async ValueTask<object?> AwaitTask<T>(object task) => await ((Task<T>)task).ConfigureAwait(false);

    private static async ValueTask<object?> AwaitValueTask<T>(object task) => await ((ValueTask<T>)task).ConfigureAwait(false);
}
