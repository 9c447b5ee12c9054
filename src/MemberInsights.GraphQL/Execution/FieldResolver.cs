namespace MemberInsights.GraphQL.Execution;

/// <summary>Resolves the value of one field for one parent value.</summary>
/// <param name="context">The parent, arguments, services, cancellation and path of this field.</param>
/// <returns>The field value: a CLR value, list, dictionary or null. Throw <see cref="GraphQLException"/> for a user-facing error.</returns>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
