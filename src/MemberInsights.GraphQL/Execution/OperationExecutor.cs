using System.Collections;
using MemberInsights.GraphQL.Execution.Authorization;
using MemberInsights.GraphQL.Execution.Batching;
using MemberInsights.GraphQL.Execution.Coercion;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Utilities;

namespace MemberInsights.GraphQL.Execution;

/// <summary>
/// ExecuteSelectionSet, ExecuteField and CompleteValue of the spec (section 6.3-6.4). Sibling fields
/// start together and run concurrently when their resolvers are asynchronous (mutation roots run
/// serially); synchronous results complete without allocating tasks. A field error becomes null at
/// the nearest nullable position (<see cref="PropagatedNullException"/> carries it up).
/// </summary>
internal sealed class OperationExecutor(ExecutionContext context)
{
    public async Task<ResultMap?> ExecuteRootAsync(ObjectType rootType, object? rootValue, bool serially)
    {
        var plan = FieldCollector.CollectRoot(context, rootType, context.Operation.SelectionSet);
        try
        {
            if (!serially)
            {
                return (ResultMap?)await ExecuteFieldsAsync(rootType, rootValue, plan, null).ConfigureAwait(false);
            }

            var map = new ResultMap(plan.Keys);
            for (var i = 0; i < plan.Fields.Length; i++)
            {
                var field = plan.Fields[i];
                if (context.CancellationToken.IsCancellationRequested)
                {
                    // Serial means no mutation starts while an abandoned one may still be running.
                    map.Set(i, HandleError(new OperationCanceledException(context.CancellationToken), field.Definition.Type, field, ResponsePath.Root(field.ResponseKey)));
                    continue;
                }

                BatchScheduler.EnterPass();
                ValueTask<object?> pending;
                try
                {
                    pending = ExecuteFieldAsync(rootType, rootValue, field, ResponsePath.Root(field.ResponseKey));
                }
                finally
                {
                    context.Batching.ExitPass();
                }

                map.Set(i, await pending.ConfigureAwait(false));
            }

            return map;
        }
        catch (PropagatedNullException)
        {
            return null;
        }
    }

    private ValueTask<object?> ExecuteFieldsAsync(ObjectType type, object? source, FieldPlan plan, ResponsePath? path)
    {
        var map = new ResultMap(plan.Keys);
        List<(int Index, Task<object?> Task)>? pending = null;
        BatchScheduler.EnterPass();
        try
        {
            var fields = plan.Fields;
            for (var i = 0; i < fields.Length; i++)
            {
                var field = fields[i];
                var fieldPath = path is null ? ResponsePath.Root(field.ResponseKey) : path.Append(field.ResponseKey);
                var result = ExecuteFieldAsync(type, source, field, fieldPath);
                if (result.IsCompletedSuccessfully)
                {
                    map.Set(i, result.Result);
                }
                else
                {
                    (pending ??= []).Add((i, result.AsTask()));
                }
            }
        }
        catch (PropagatedNullException) when (pending is not null)
        {
            return new ValueTask<object?>(DrainThenPropagateAsync(pending));
        }
        finally
        {
            context.Batching.ExitPass();
        }

        return pending is null ? new ValueTask<object?>(map) : AwaitFieldsAsync(map, pending);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResultMap map, List<(int Index, Task<object?> Task)> pending)
    {
        var propagate = false;
        foreach (var (index, task) in pending)
        {
            try
            {
                map.Set(index, await task.ConfigureAwait(false));
            }
            catch (PropagatedNullException)
            {
                propagate = true;
            }
        }

        return propagate ? throw new PropagatedNullException() : map;
    }

    private static async Task<object?> DrainThenPropagateAsync(List<(int Index, Task<object?> Task)> pending)
    {
        foreach (var (_, task) in pending)
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (PropagatedNullException)
            {
            }
        }

        throw new PropagatedNullException();
    }

    private ValueTask<object?> ExecuteFieldAsync(ObjectType parentType, object? source, CollectedField field, ResponsePath path)
    {
        var definition = field.Definition;
        try
        {
            if (context.Authorization?.Refused(parentType, definition) is { } refused)
            {
                throw RequestAuthorization.Forbidden(parentType, definition, refused);
            }

            object? resolved;
            var resolver = definition.Resolver;
            if (resolver is null)
            {
                resolved = DefaultFieldResolver.Resolve(source, definition.Name);
            }
            else
            {
                var arguments = field.ConstantArguments
                    ?? ArgumentCoercion.Coerce($"{parentType.Name}.{definition.Name}", definition.Arguments, field.Nodes[0].Arguments, context.Variables);
                var resolving = resolver(new ResolverContext(context, parentType, field, source, path, arguments));
                if (!resolving.IsCompletedSuccessfully)
                {
                    return CompleteResolvedAsync(resolving, field, path);
                }

                resolved = resolving.Result;
            }

            var completed = CompleteValue(definition.Type, field, resolved, path);
            return completed.IsCompletedSuccessfully ? completed : AwaitCompletionAsync(completed, definition.Type, field, path);
        }
        catch (Exception exception)
        {
            return new ValueTask<object?>(HandleError(exception, definition.Type, field, path));
        }
    }

    private async ValueTask<object?> CompleteResolvedAsync(ValueTask<object?> resolving, CollectedField field, ResponsePath path)
    {
        try
        {
            // The timeout and the request's abort stop the wait even for a resolver that ignores its token.
            var cancellation = context.CancellationToken;
            object? resolved;
            if (cancellation.CanBeCanceled)
            {
                var task = resolving.AsTask();
                try
                {
                    resolved = await task.WaitAsync(cancellation).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!task.IsCompleted)
                {
                    context.Work.Track(task);
                    throw;
                }
            }
            else
            {
                resolved = await resolving.ConfigureAwait(false);
            }

            BatchScheduler.EnterPass();
            ValueTask<object?> completed;
            try
            {
                completed = CompleteValue(field.Definition.Type, field, resolved, path);
            }
            finally
            {
                context.Batching.ExitPass();
            }

            return await completed.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return HandleError(exception, field.Definition.Type, field, path);
        }
    }

    private async ValueTask<object?> AwaitCompletionAsync(ValueTask<object?> completing, IType type, CollectedField field, ResponsePath path)
    {
        try
        {
            return await completing.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return HandleError(exception, type, field, path);
        }
    }

    /// <summary>Records the error (unless it is an already recorded null) and returns null, or propagates for non-null types.</summary>
    private object? HandleError(Exception exception, IType type, CollectedField field, ResponsePath path)
    {
        if (exception is not PropagatedNullException)
        {
            context.AddFieldError(exception, field, path);
        }

        return type is NonNullType ? throw new PropagatedNullException() : null;
    }

    private ValueTask<object?> CompleteValue(IType type, CollectedField field, object? result, ResponsePath path)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, field, result, path);
            if (!inner.IsCompletedSuccessfully)
            {
                return AwaitNonNullAsync(inner, field);
            }

            return inner.Result is null ? throw NullForNonNull(field) : inner;
        }

        if (result is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        return type switch
        {
            ILeafType leaf => new ValueTask<object?>(leaf.Serialize(result)),
            ObjectType objectType => CompleteObject(objectType, field, result, path),
            IAbstractType abstractType => CompleteObject(ResolveRuntimeType(abstractType, field, result, path), field, result, path),
            ListType list => CompleteList(list, field, result, path),
            _ => throw new CompletionException($"Cannot complete value of unexpected type \"{type}\"."),
        };
    }

    private static async ValueTask<object?> AwaitNonNullAsync(ValueTask<object?> inner, CollectedField field) =>
        await inner.ConfigureAwait(false) ?? throw NullForNonNull(field);

    private static CompletionException NullForNonNull(CollectedField field) =>
        new($"Cannot return null for non-nullable field {field.ParentTypeName}.{field.Definition.Name}.");

    private ValueTask<object?> CompleteObject(ObjectType type, CollectedField field, object result, ResponsePath path)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new CompletionException($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(result)}.");
        }

        return ExecuteFieldsAsync(type, result, FieldCollector.CollectSubfields(context, type, field), path);
    }

    private ObjectType ResolveRuntimeType(IAbstractType abstractType, CollectedField field, object result, ResponsePath path)
    {
        string? name = null;
        if (abstractType.ResolveType is { } resolveType)
        {
            name = resolveType(result, new ResolverContext(context, context.Schema.QueryType!, field, result, path, ArgumentCoercion.Empty));
        }

        var possibleTypes = context.Schema.GetPossibleTypes(abstractType);
        if (name is null)
        {
            foreach (var possible in possibleTypes)
            {
                if (possible.IsTypeOf is { } isTypeOf && isTypeOf(result))
                {
                    return possible;
                }
            }

            name = result switch
            {
                IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var typename) => typename as string,
                IDictionary<string, object?> map when map.TryGetValue("__typename", out var typename) => typename as string,
                _ => possibleTypes.FirstOrDefault(t => t.IsTypeOf is null && t.Name == result.GetType().Name)?.Name,
            };
        }

        if (name is null)
        {
            throw new CompletionException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentTypeName}.{field.Definition.Name}\". "
                + $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        var runtimeType = context.Schema.GetType(name) switch
        {
            ObjectType objectType => objectType,
            null => throw new CompletionException(
                $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema."),
            _ => throw new CompletionException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\"."),
        };
        if (!context.Schema.IsSubType(abstractType, runtimeType))
        {
            throw new CompletionException($"Runtime Object type \"{name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return runtimeType;
    }

    private ValueTask<object?> CompleteList(ListType list, CollectedField field, object result, ResponsePath path)
    {
        if (result is not IEnumerable items || result is string || result is IReadOnlyDictionary<string, object?> || result is IDictionary)
        {
            throw new CompletionException($"Expected Iterable, but did not find one for field \"{field.ParentTypeName}.{field.Definition.Name}\".");
        }

        var itemType = list.OfType;
        var completed = new List<object?>(items is ICollection collection ? collection.Count : 4);
        List<(int Index, Task<object?> Task)>? pending = null;
        BatchScheduler.EnterPass();
        try
        {
            var index = 0;
            foreach (var item in items)
            {
                if (pending is null && (index & 1023) == 1023)
                {
                    // A long list completes synchronously: the budget ends it here, as the whole field's error.
                    context.CancellationToken.ThrowIfCancellationRequested();
                }

                var itemPath = path.Append(index);
                ValueTask<object?> value;
                try
                {
                    value = CompleteValue(itemType, field, item, itemPath);
                    if (!value.IsCompletedSuccessfully)
                    {
                        value = AwaitCompletionAsync(value, itemType, field, itemPath);
                    }
                }
                catch (Exception exception)
                {
                    value = new ValueTask<object?>(HandleError(exception, itemType, field, itemPath));
                }

                if (value.IsCompletedSuccessfully)
                {
                    completed.Add(value.Result);
                }
                else
                {
                    completed.Add(null);
                    (pending ??= []).Add((index, value.AsTask()));
                }

                index++;
            }
        }
        catch (PropagatedNullException) when (pending is not null)
        {
            return new ValueTask<object?>(DrainThenPropagateAsync(pending));
        }
        finally
        {
            context.Batching.ExitPass();
        }

        return pending is null ? new ValueTask<object?>(completed) : AwaitItemsAsync(completed, pending);
    }

    private static async ValueTask<object?> AwaitItemsAsync(List<object?> completed, List<(int Index, Task<object?> Task)> pending)
    {
        var propagate = false;
        foreach (var (index, task) in pending)
        {
            try
            {
                completed[index] = await task.ConfigureAwait(false);
            }
            catch (PropagatedNullException)
            {
                propagate = true;
            }
        }

        return propagate ? throw new PropagatedNullException() : completed;
    }
}
