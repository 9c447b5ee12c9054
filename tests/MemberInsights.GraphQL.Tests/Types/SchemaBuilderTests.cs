using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Tests.Support;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Types.Scalars;
using MemberInsights.GraphQL.Utilities;

namespace MemberInsights.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private const string Sdl = """
        type Query {
          cohort(month: String!): Cohort
          members: [Member!]!
        }

        type Cohort {
          month: String!
          size: Int!
        }

        type Member {
          id: ID!
        }
        """;

    [Fact]
    public void Builds_types_fields_and_arguments_from_sdl()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions(Sdl).Build();

        var query = Assert.IsType<ObjectType>(schema.QueryType);
        Assert.Equal("Query", query.Name);
        Assert.Equal("String!", query.GetField("cohort")!.GetArgument("month")!.Type.ToString());
        Assert.Same(schema.GetType("Cohort"), TypePredicates.NamedType(query.GetField("cohort")!.Type));
        Assert.NotNull(schema.GetType("__Schema"));
    }

    [Fact]
    public void A_resolver_bound_to_a_missing_field_fails_the_build()
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(Sdl).BindResolver("Query", "cohorts", _ => null);

        var exception = Assert.Throws<SchemaException>(builder.Build);

        Assert.Contains("Resolver bound to \"Query.cohorts\", but the schema has no such field.", exception.Errors);
    }

    [Fact]
    public void Strict_mode_reports_every_field_nothing_can_resolve()
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(Sdl)
            .BindResolver("Query", "cohort", _ => null)
            .BindRuntimeType<CohortRow>("Cohort")
            .RequireResolvers();

        var exception = Assert.Throws<SchemaException>(builder.Build);

        Assert.Equal(
            [
                "Field \"Query.members\" has no resolver.",
                "Field \"Cohort.size\" has no resolver, and runtime type CohortRow has no property \"size\".",
                "Field \"Member.id\" has no resolver, and type \"Member\" has no runtime type bound to read it from.",
            ],
            exception.Errors);
    }

    [Fact]
    public void Strict_mode_accepts_resolvers_runtime_properties_and_resolver_classes()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions(Sdl)
            .BindResolvers<QueryResolvers>("Query")
            .BindRuntimeType<CohortRow>("Cohort")
            .BindResolver("Cohort", "size", ctx => ((CohortRow)ctx.Parent!).Members)
            .BindRuntimeType<IReadOnlyDictionary<string, object?>>("Member")
            .RequireResolvers()
            .Build();

        Assert.NotNull(schema.GetType("Cohort"));
    }

    [Fact]
    public async Task Resolver_classes_bind_arguments_parent_context_and_cancellation_by_parameter()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions(Sdl)
            .BindResolvers<QueryResolvers>("Query")
            .BindResolver("Cohort", "size", ctx => ((CohortRow)ctx.Parent!).Members)
            .Build();

        var result = await TestExecution.ExecuteAsync(schema, "{ cohort(month: \"2026-01\") { month size } members { id } }");

        Assert.Equal("""{"data":{"cohort":{"month":"2026-01","size":7},"members":[{"id":"m-1"}]}}""", result.ToJson());
    }

    [Fact]
    public void A_public_resolver_method_without_a_field_fails_the_build()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddTypeDefinitions(Sdl).BindResolvers<StrayResolvers>("Query").Build());

        Assert.Contains("Resolver method StrayResolvers.Retention matches no field of \"Query\".", exception.Errors);
    }

    public static TheoryData<string, string> InvalidSchemas => new()
    {
        { "type Query { a: Missing }", "Unknown type \"Missing\"." },
        { "type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\"." },
        { "type Mutation { a: Int }", "Query root type must be provided." },
        { "type Query { a: In } input In { x: Int }", "The type of Query.a must be Output Type but got: In." },
        { "type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query." },
        { "type Query { a: Int } extend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined." },
        { "type Query { a: Int } enum E { A } extend type E { b: Int }", "Cannot extend non-object type \"E\"." },
        { "type Query { a: I } interface I { x: Int! } type T implements I { y: Int }", "Interface field I.x expected but T does not provide it." },
        { "type Query { a: I } interface I { x: Int! } type T implements I { x: String }", "Interface field I.x expects type Int! but T.x is type String." },
        { "type Query { a: I } interface I { x(a: Int): Int } type T implements I { x: Int }", "Interface field argument I.x(a:) expected but T.x does not provide it." },
        { "type Query { a: I } interface I { x: Int } type T implements I { x(b: Int!): Int }", "Argument \"T.x(b:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.x\"." },
        { "type Query { a: J } interface I { x: Int } interface J implements I { x: Int } type T implements J { x: Int }", "Type T must implement I because it is implemented by J." },
        { "type Query { a: U } union U = Query | Query", "Union type U can only include type Query once." },
        { "type Query { a: U } union U = Query | In input In { x: Int }", "Union type U can only include Object types, it cannot include In." },
        { "type Query { a(i: A): Int } input A { b: B! } input B { a: A! }", "Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a." },
        { "type Query { a(i: O): Int } input O @oneOf { x: Int! y: String }", "OneOf input field O.x must be nullable." },
        { "type Query { a(i: O): Int } input O @oneOf { x: Int = 1 y: String }", "OneOf input field O.x cannot have a default value." },
        { "type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated." },
        { "type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "type Query { a: Int } type Empty", "Type Empty must define one or more fields." },
        { "type Query { a: Int } directive @skip on FIELD", "Directive \"@skip\" already exists in the schema. It cannot be redefined." },
        { "type Query { a: Int } query { a }", "Schema documents may only contain type system definitions, found OperationDefinition at 1:23." },
    };

    [Theory]
    [MemberData(nameof(InvalidSchemas))]
    public void Invalid_schemas_fail_with_graphql_js_messages(string sdl, string message)
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddTypeDefinitions(sdl).Build());

        Assert.Contains(message, exception.Errors);
    }

    [Fact]
    public void Extensions_and_directives_across_several_files_are_merged()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } enum Plan { MONTHLY }")
            .AddTypeDefinitions("extend type Query { b: Plan } extend enum Plan { ANNUAL } directive @cost(weight: Int!) on FIELD_DEFINITION")
            .Build();

        Assert.Equal(["a", "b"], schema.QueryType!.Fields.Select(f => f.Name));
        Assert.Equal(["MONTHLY", "ANNUAL"], ((EnumType)schema.GetType("Plan")!).Values.Select(v => v.Name));
        Assert.NotNull(schema.GetDirective("cost"));
    }

    [Fact]
    public void Custom_scalars_parse_and_serialize()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("scalar Date scalar DateTime scalar Decimal scalar JSON scalar Long type Query { a: Int }").Build();

        Assert.Equal(new DateOnly(2026, 1, 31), ((ScalarType)schema.GetType("Date")!).ParseValue("2026-01-31"));
        Assert.Equal("2026-01-31T08:30:00Z", ((ScalarType)schema.GetType("DateTime")!).Serialize(new DateTimeOffset(2026, 1, 31, 9, 30, 0, TimeSpan.FromHours(1))));
        Assert.Equal(1.25m, ((ScalarType)schema.GetType("Decimal")!).ParseValue("1.25"));
        Assert.Equal(9_000_000_000L, ((ScalarType)schema.GetType("Long")!).ParseLiteral(new MemberInsights.GraphQL.Language.Ast.IntValueNode { Value = "9000000000" }, null));
        Assert.Throws<ScalarCoercionException>(() => ((ScalarType)schema.GetType("Date")!).ParseValue("31/01/2026"));
        Assert.IsType<Dictionary<string, object?>>(((ScalarType)schema.GetType("JSON")!).ParseLiteral(MemberInsights.GraphQL.Language.Parser.ParseValue("{ a: [1, \"x\"] }"), null));
    }

    public static TheoryData<string> PrintableSchemas => new()
    {
        Sdl,
        """"
        "The schema"
        schema {
          query: Root
          mutation: Change
        }

        "A date"
        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        directive @cost(
          "The weight"
          weight: Int! = 1
        ) repeatable on FIELD_DEFINITION | OBJECT

        type Root implements Node {
          id: ID!
          """
          Multi-line
            description
          """
          search(
            "What to find"
            term: String = "a"
            legacy: Boolean @deprecated(reason: "Use term")
            filter: Filter = {plans: [MONTHLY], from: "2026-01-01"}
          ): [Result!]! @deprecated
          node(id: ID!): Node
        }

        interface Node {
          id: ID!
        }

        union Result = Root | Other

        type Other {
          plan: Plan
        }

        enum Plan {
          MONTHLY
          "Yearly"
          ANNUAL @deprecated(reason: "Gone")
        }

        input Filter {
          plans: [Plan!]
          from: Date
          old: Int @deprecated
        }

        input Pick @oneOf {
          a: Int
          b: String
        }

        type Change {
          pick(pick: Pick): Int
        }
        """",
    };

    [Theory]
    [MemberData(nameof(PrintableSchemas))]
    public void Printed_sdl_equals_graphql_js_printSchema(string sdl)
    {
        var expected = GraphQLJs.Run(
            "const g=require('graphql');let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(g.printSchema(g.buildSchema(s))));",
            sdl);

        var printed = SchemaPrinter.Print(new SchemaBuilder().AddTypeDefinitions(sdl).Build());

        Assert.Equal(expected, printed);
    }

    private sealed record CohortRow(string Month, int Members);

    private sealed class QueryResolvers
    {
        public static CohortRow Cohort(string month, IResolverContext context, CancellationToken cancellationToken) =>
            context.Field.Name == "cohort" && !cancellationToken.IsCancellationRequested ? new CohortRow(month, 7) : throw new InvalidOperationException();

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> GetMembersAsync() =>
            Task.FromResult<IReadOnlyList<IReadOnlyDictionary<string, object?>>>([new Dictionary<string, object?> { ["id"] = "m-1" }]);
    }

    private sealed class StrayResolvers
    {
        public static int Retention() => 1;
    }
}
