using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Execution.Cost;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types.Scalars;

namespace MemberInsights.GraphQL.Types;

/// <summary>
/// Builds an executable <see cref="Schema"/> from SDL (schema-first) and C# resolvers.
/// <code>
/// var schema = new SchemaBuilder()
///     .AddTypeDefinitionsFromFile("schema/insights.graphql")
///     .BindResolver("Query", "cohorts", ctx => repository.CohortsAsync(ctx.Argument&lt;int&gt;("first"), ctx.CancellationToken))
///     .BindResolvers&lt;MemberResolvers&gt;("Member")
///     .BindRuntimeType&lt;CohortRow&gt;("Cohort")
///     .RequireResolvers()
///     .Build();
/// </code>
/// <see cref="Build"/> throws <see cref="SchemaException"/> listing every problem: invalid SDL,
/// type-system rule violations, resolvers bound to missing fields and (with
/// <see cref="RequireResolvers"/>) fields nothing can resolve.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), FieldCostEstimator> _costs = [];
    private readonly List<(string Type, Type ResolverClass, object? Instance)> _resolverClasses = [];
    private readonly Dictionary<string, Type> _runtimeTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _enumBindings = new(StringComparer.Ordinal);
    private bool _requireResolvers;

    /// <summary>Creates a builder with the extra scalars Date, DateTime, Decimal, JSON and Long registered.</summary>
    public SchemaBuilder()
    {
        foreach (var scalar in ExtendedScalars.All)
        {
            _scalars[scalar.Name] = scalar;
        }
    }

    /// <summary>Adds SDL text (may be called for several files; extensions may span files).</summary>
    public SchemaBuilder AddTypeDefinitions(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        _documents.Add(Parser.Parse(sdl, ParserOptions.Default with { MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue }));
        return this;
    }

    /// <summary>Adds an SDL file.</summary>
    public SchemaBuilder AddTypeDefinitionsFromFile(string path) => AddTypeDefinitions(File.ReadAllText(path));

    /// <summary>Registers a scalar implementation used when the SDL declares <c>scalar Name</c> (replacing a default one).</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Binds an asynchronous resolver to <c>Type.field</c>.</summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>
    /// Binds a synchronous resolver to <c>Type.field</c>. A task it returns is a mistake (bind an
    /// asynchronous resolver instead) and becomes a field error saying so, not a value.
    /// </summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return BindResolver(typeName, fieldName, context =>
        {
            var value = resolver(context);
            return value is Task || IsValueTask(value)
                ? throw new InvalidOperationException(
                    $"The resolver of {typeName}.{fieldName} returned a task from the synchronous BindResolver overload; return Task<T> or ValueTask<T> from a typed lambda or method.")
                : new ValueTask<object?>(value);
        });
    }

    private static bool IsValueTask(object? value) =>
        value is ValueType && value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ValueTask<>);

    /// <summary>Binds a task-returning resolver to <c>Type.field</c>.</summary>
    public SchemaBuilder BindResolver<T>(string typeName, string fieldName, Func<IResolverContext, Task<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        FieldResolver adapted = async context => await resolver(context).ConfigureAwait(false);
        return BindResolver(typeName, fieldName, adapted);
    }

    /// <summary>
    /// Binds a cost estimator to <c>Type.field</c>: the field's weight (and list size) computed from its
    /// arguments, as the IBM GraphQL cost specification's <c>@cost</c> and <c>@listSize</c> would declare
    /// them, for fields whose work depends on their arguments (a date range, a page size).
    /// </summary>
    public SchemaBuilder BindCost(string typeName, string fieldName, FieldCostEstimator estimator)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        _costs[(typeName, fieldName)] = estimator;
        return this;
    }

    /// <summary>
    /// Binds the public methods of <typeparamref name="TResolvers"/> to the fields of <paramref name="typeName"/>
    /// by name (<c>GetCohorts</c>/<c>Cohorts</c>/<c>CohortsAsync</c> → <c>cohorts</c>). Parameters are bound as:
    /// <see cref="IResolverContext"/>, <see cref="CancellationToken"/>, a parameter named <c>parent</c> (the parent value),
    /// parameters named like GraphQL arguments (converted to the parameter type), anything else from the request services.
    /// The instance comes from the request services, else one is created once with its parameterless constructor.
    /// </summary>
    public SchemaBuilder BindResolvers<TResolvers>(string typeName, TResolvers? instance = null)
        where TResolvers : class
    {
        _resolverClasses.Add((typeName, typeof(TResolvers), instance));
        return this;
    }

    /// <summary>Declares the CLR type of values of an object type: its properties resolve fields without resolvers, and values of it resolve abstract types.</summary>
    public SchemaBuilder BindRuntimeType<T>(string typeName) => BindRuntimeType(typeName, typeof(T));

    /// <summary>Declares the CLR type of values of an object type.</summary>
    public SchemaBuilder BindRuntimeType(string typeName, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        _runtimeTypes[typeName] = clrType;
        return this;
    }

    /// <summary>Sets the hook resolving the object type of a value of an interface or union.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Sets the test deciding whether a value belongs to an object type.</summary>
    public SchemaBuilder IsTypeOf(string objectTypeName, Func<object, bool> isTypeOf)
    {
        _isTypeOf[objectTypeName] = isTypeOf;
        return this;
    }

    /// <summary>Maps a GraphQL enum to a C# enum: <c>RELEASE_CANDIDATE</c> ↔ <c>ReleaseCandidate</c>; arguments arrive as the C# enum.</summary>
    public SchemaBuilder BindEnum<TEnum>(string enumTypeName)
        where TEnum : struct, Enum
    {
        _enumBindings[enumTypeName] = typeof(TEnum);
        return this;
    }

    /// <summary>
    /// Strict mode: every field of every object type must have a resolver, or its type must be bound
    /// with <see cref="BindRuntimeType{T}"/> to a CLR type that has a matching property (or is a dictionary).
    /// Root type fields always need a resolver in strict mode.
    /// </summary>
    public SchemaBuilder RequireResolvers(bool required = true)
    {
        _requireResolvers = required;
        return this;
    }

    /// <summary>Builds and validates the schema; throws <see cref="SchemaException"/> listing every problem.</summary>
    public Schema Build()
    {
        var errors = new List<string>();
        var factory = new SdlTypeFactory(_scalars, errors);
        var schema = factory.Create(_documents);
        if (schema is null || errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        errors.AddRange(SchemaValidator.Validate(schema));
        var binder = new ResolverBinder(schema, errors);
        binder.BindEnums(_enumBindings);
        binder.BindFieldResolvers(_resolvers);
        binder.BindCostEstimators(_costs);
        binder.BindResolverClasses(_resolverClasses);
        binder.BindAbstractTypes(_runtimeTypes, _typeResolvers, _isTypeOf);
        AuthorizeDirectiveBinder.Bind(schema, errors);
        if (_requireResolvers)
        {
            binder.RequireResolvers(_runtimeTypes);
        }

        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        return schema;
    }
}
