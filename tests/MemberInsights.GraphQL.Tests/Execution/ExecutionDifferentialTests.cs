using MemberInsights.GraphQL.Tests.Support;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Tests.Execution;

/// <summary>The same schema, static data and documents executed by graphql-js and by us: data and errors must be equal.</summary>
public sealed class ExecutionDifferentialTests
{
    private const string Sdl = """
        type Query {
          a: Int!
          b: [Int!]
          c: C
          d: Int
          e: String
          f: [Int]
          outer: Outer
          items: [Item!]!
          maybeItems: [Item]
          search: [Result]
          node: Node
          plan: Plan
          plans: [Plan]
          flag: Boolean
          ratio: Float
          id: ID
        }

        type C { x: Int! y: String }
        type Outer { inner: Inner! other: Int }
        type Inner { v: Int! w: Int }
        type Item { name: String! price: Float }
        interface Node { id: ID! }
        type User implements Node { id: ID! name: String }
        type Team implements Node { id: ID! size: Int }
        union Result = User | Team
        enum Plan { MONTHLY ANNUAL }
        """;

    private const string Data = """
        {
          "a": 1, "b": [1, null, 3], "c": { "x": null, "y": "why" }, "d": "abc", "e": {}, "f": 5,
          "outer": { "inner": { "v": null, "w": 2 }, "other": 9 },
          "items": [{ "name": "one", "price": 1.5 }, { "name": null, "price": 2 }],
          "maybeItems": [{ "name": "one", "price": 1.5 }, { "name": null, "price": 2 }, null],
          "search": [{ "__typename": "User", "id": "u1", "name": "Ann" }, { "__typename": "Team", "id": "t1", "size": 4 }],
          "node": { "__typename": "Team", "id": "t2", "size": 8 },
          "plan": "ANNUAL", "plans": ["MONTHLY", "WEEKLY"], "flag": 1, "ratio": "2.5", "id": 42
        }
        """;

    public static TheoryData<string, string?> Documents => new()
    {
        { "{ a d }", null },
        { "{ b }", null },
        { "{ c { x y } d e f }", null },
        { "{ outer { other inner { w v } } }", null },
        { "{ items { name price } }", null },
        { "{ maybeItems { name price } }", null },
        { "{ search { __typename ... on User { id name } ... on Team { id size } } }", null },
        { "{ node { id __typename ...T } } fragment T on Team { size }", null },
        { "{ first: a second: a, plan plans flag ratio id }", null },
        { "query($s: Boolean!, $i: Boolean = true) { a @skip(if: $s) d @include(if: $i) c @include(if: false) { y } }", """{"s": true}""" },
        { "{ c { ... on C { y } y2: y ...F } } fragment F on C { y }", null },
        { "{ __typename c { __typename } }", null },
    };

    private static readonly Schema Schema = new SchemaBuilder().AddTypeDefinitions(Sdl).Build();

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Results_equal_graphql_js(string query, string? variables)
    {
        var expected = GraphQLJsExecution.Reference(Sdl, Data, query, variables);

        var actual = await GraphQLJsExecution.OursAsync(Schema, Data, query, variables);

        Assert.Equal(expected, actual);
    }

    public static TheoryData<string, string> InvalidVariables => new()
    {
        { "query($i: I) { f(i: $i) }", """{"i": {"a": "s"}}""" },
        { "query($i: I) { f(i: $i) }", """{"i": {"b": [1, "x", 3.5]}}""" },
        { "query($i: I) { f(i: $i) }", """{"i": 5}""" },
        { "query($n: Int!) { f(n: $n) }", "{}" },
        { "query($n: Int!) { f(n: $n) }", """{"n": null}""" },
        { "query($n: Int!) { f(n: $n) }", """{"n": 1.5}""" },
        { "query($o: O) { f(o: $o) }", """{"o": {"x": 1, "y": "a"}}""" },
        { "query($o: O) { f(o: $o) }", """{"o": {"x": null}}""" },
        { "query($l: [Int!]) { f(l: $l) }", """{"l": [1, null]}""" },
        { "query($n: Int!, $s: String) { f(n: $n, s: $s) }", """{"n": "x", "s": 4}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidVariables))]
    public async Task Variable_coercion_errors_equal_graphql_js(string query, string variables)
    {
        const string sdl = """
            input I { a: Int!, b: [Int], c: String = "x" }
            input O @oneOf { x: Int, y: String }
            type Query { f(i: I, o: O, n: Int, l: [Int!], s: String): Int }
            """;
        var schema = new SchemaBuilder().AddTypeDefinitions(sdl).Build();

        var expected = GraphQLJsExecution.Reference(sdl, "{}", query, variables);
        var actual = await GraphQLJsExecution.OursAsync(schema, "{}", query, variables);

        Assert.Equal(expected, actual);
    }
}
