using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MemberInsights.Api.Tests.Limits;

/// <summary>One adversarial HTTP request: what it tries, and the bytes to send.</summary>
public sealed record HostileRequest(string Shape, HttpMethod Method, string PathAndQuery, byte[]? Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <inheritdoc />
    public override string ToString() => $"{Shape} ({Method} {(PathAndQuery.Length > 80 ? PathAndQuery[..80] + "…" : PathAndQuery)}, {Body?.Length ?? 0} bytes)";
}

/// <summary>
/// Generates adversarial requests from a seed, cycling through shapes — deep and wide selections, fragment
/// bombs, alias and directive floods, huge strings, numbers and names, malformed UTF-8 and JSON, batches,
/// duplicated operations, variables abuse, bad headers and query strings — each with random sizes. Every
/// request is one the API must refuse (4xx, or 200 with errors). Add a shape to grow the suite.
/// </summary>
public static class HostileRequests
{
    private const string TwoYears = """{ from: "2024-11-01", to: "2026-10-31" }""";

    private static readonly Func<Random, HostileRequest>[] Shapes =
    [
        DeepIntrospection,
        DeepUnknownNesting,
        WideAliases,
        DoublingFragments,
        DoublingFragmentsUnderAliases,
        MergingFragments,
        FragmentChain,
        FragmentCycle,
        CostlyAliases,
        DirectiveFlood,
        HugeStringArgument,
        HugeStringVariable,
        HugeNumber,
        HugeName,
        InvalidUtf8Body,
        LoneSurrogateEscape,
        MalformedJson,
        Batch,
        DuplicatedOperations,
        VariablesAbuse,
        DeeplyNestedVariables,
        BadHeaders,
        BadQueryString,
    ];

    /// <summary>The number of distinct shapes.</summary>
    public static int ShapeCount => Shapes.Length;

    /// <summary><paramref name="count"/> requests from <paramref name="seed"/>, every shape in turn.</summary>
    public static IReadOnlyList<HostileRequest> Generate(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => Shapes[i % Shapes.Length](random)).ToList();
    }

    private static HostileRequest DeepIntrospection(Random random)
    {
        var depth = random.Next(17, 120);
        var selection = new StringBuilder("name");
        for (var i = 0; i < depth; i++)
        {
            selection.Insert(0, "ofType { ").Append(" }");
        }

        return Post("deep ofType nesting", $$"""{ __type(name: "Query") { {{selection}} } }""");
    }

    private static HostileRequest DeepUnknownNesting(Random random)
    {
        var depth = random.Next(13, 400);
        return Post("deep selection", string.Concat(Enumerable.Repeat("{ growth ", depth)) + string.Concat(Enumerable.Repeat("} ", depth)));
    }

    private static HostileRequest WideAliases(Random random)
    {
        var count = random.Next(2_001, 4_500);
        return Post("wide alias flood", "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"a{i}: __typename ")) + "}");
    }

    private static HostileRequest DoublingFragments(Random random)
    {
        var levels = random.Next(12, 61);
        var document = new StringBuilder($"query Bomb {{ ...F{levels} }}\nfragment F0 on Query {{ __typename }}\n");
        for (var i = 1; i <= levels; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        }

        return Post($"fragment doubling × {levels}", document.ToString());
    }

    private static HostileRequest DoublingFragmentsUnderAliases(Random random)
    {
        var levels = random.Next(12, 31);
        var document = new StringBuilder($"{{ __schema {{ types {{ ...T{levels} }} }} }}\nfragment T0 on __Type {{ name }}\n");
        for (var i = 1; i <= levels; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment T{i} on __Type {{ a: ofType {{ ...T{i - 1} }} b: ofType {{ ...T{i - 1} }} }}\n");
        }

        return Post($"aliased paths 2^{levels}", document.ToString());
    }

    private static HostileRequest MergingFragments(Random random)
    {
        var levels = random.Next(12, 40);
        var document = new StringBuilder($"{{ platformHealth {{ ...H{levels} }} }}\nfragment H0 on PlatformHealth {{ engine {{ kind }} }}\n");
        for (var i = 1; i <= levels; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment H{i} on PlatformHealth {{ engine {{ kind }} ...H{i - 1} ... on PlatformHealth {{ ...H{i - 1} }} }}\n");
        }

        return Post($"same-name merging × {levels}", document.ToString());
    }

    private static HostileRequest FragmentChain(Random random)
    {
        var length = random.Next(300, 1_600);
        var document = new StringBuilder("{ ...C0 }\n");
        for (var i = 0; i < length; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment C{i} on Query {{ ...C{i + 1} }}\n");
        }

        document.Append(CultureInfo.InvariantCulture, $"fragment C{length} on Query {{ __typename }}\n");
        return Post($"fragment chain × {length}", document.ToString());
    }

    private static HostileRequest FragmentCycle(Random random)
    {
        var size = random.Next(2, 200);
        var document = new StringBuilder("{ ...Y0 }\n");
        for (var i = 0; i < size; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment Y{i} on Query {{ __typename ...Y{(i + 1) % size} ...Y{random.Next(size)} }}\n");
        }

        return Post($"fragment cycle × {size}", document.ToString());
    }

    private static HostileRequest CostlyAliases(Random random)
    {
        var count = random.Next(12, 200);
        var metric = random.Next(2) == 0 ? "RECOVERY_SCORE" : "SLEEP_HOURS";
        var fields = string.Concat(Enumerable.Range(0, count).Select(i => $"s{i}: series(metric: {metric}, range: {TwoYears}, grain: DAY) {{ points {{ value }} }} "));
        return Post($"costly aliases × {count}", "{ performance { " + fields + "} }");
    }

    private static HostileRequest DirectiveFlood(Random random)
    {
        var count = random.Next(200, 3_000);
        var directive = random.Next(3) switch { 0 => "@skip(if: false) ", 1 => "@include(if: true) ", _ => "@deprecated " };
        return Post($"directive flood × {count}", "{ __typename " + string.Concat(Enumerable.Repeat(directive, count)) + "}");
    }

    private static HostileRequest HugeStringArgument(Random random)
    {
        var length = random.Next(300_000, 900_000);
        return Post($"huge string literal ({length})", $$"""{ metricDefinition(name: "{{new string('x', length)}}") { name } }""");
    }

    private static HostileRequest HugeStringVariable(Random random)
    {
        var length = random.Next(1_100_000, 1_500_000);
        return PostJson($"huge string variable ({length})", new { query = "query ($n: String!) { metricDefinition(name: $n) { name } }", variables = new { n = new string('y', length) } });
    }

    private static HostileRequest HugeNumber(Random random)
    {
        var digits = random.Next(20, 5_000);
        var number = "9" + new string('9', digits);
        return random.Next(2) == 0
            ? Post($"huge Int literal ({digits} digits)", $"{{ experiments(first: {number}) {{ totalCount }} }}")
            : PostRaw($"huge number variable ({digits} digits)", $$$"""{"query":"query ($n: Int!) { experiments(first: $n) { totalCount } }","variables":{"n":{{{number}}}e{{{random.Next(300, 400)}}}}}""");
    }

    private static HostileRequest HugeName(Random random)
    {
        var length = random.Next(10_000, 200_000);
        var name = "f" + new string('n', length);
        return Post($"huge field name ({length})", $"{{ {name} }}");
    }

    private static HostileRequest InvalidUtf8Body(Random random)
    {
        byte[][] sequences = [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xFF], [0xE2, 0x82]];
        var bad = sequences[random.Next(sequences.Length)];
        var prefix = Encoding.UTF8.GetBytes("{\"query\":\"{ metricDefinition(name: \\\"");
        var suffix = Encoding.UTF8.GetBytes("\\\") { name } }\"}");
        return new HostileRequest($"invalid UTF-8 {Convert.ToHexString(bad)}", HttpMethod.Post, "/graphql", [.. prefix, .. bad, .. suffix], JsonHeaders());
    }

    private static HostileRequest LoneSurrogateEscape(Random random)
    {
        var surrogate = $"\\u{random.Next(0xD800, 0xE000):x4}";
        return random.Next(3) switch
        {
            0 => PostRaw("lone surrogate in the query", $$"""{"query":"{ metricDefinition(name: \"{{surrogate}}\") { name } }"}"""),
            1 => PostRaw("lone surrogate in variables", $$$"""{"query":"query ($n: String!) { metricDefinition(name: $n) { name } }","variables":{"n":"a{{{surrogate}}}"}}"""),
            _ => PostRaw("lone surrogate escape in GraphQL", $$"""{"query":"{ metricDefinition(name: \"\\{{surrogate[1..]}}\") { name } }"}"""),
        };
    }

    private static HostileRequest MalformedJson(Random random)
    {
        string[] bodies =
        [
            """{"query":"{ __typename }" """,
            """{"query":"{ __typename }"}}""",
            """{"query":"{ __typename }"} {"query":"{ __typename }"}""",
            """{"query":123}""",
            """{"query":"{ __typename }","variables":[1,2]}""",
            """{"query":"{ __typename }","variables":"{}"}""",
            """{"query":"{ __typename }","operationName":{}}""",
            """{'query':'{ __typename }'}""",
            """{"query":"{ __typename }",}""",
            """{"query":"{ __typename }","query":"{ growth { __typename } }"}""",
            "\"just a string\"",
            "null",
            "",
            "{\"query\":\"{ __typename }\u0000\"}",
            """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}""",
            """{"id":"not-an-operation"}""",
        ];
        return PostRaw("malformed JSON", bodies[random.Next(bodies.Length)]);
    }

    private static HostileRequest Batch(Random random)
    {
        var count = random.Next(2, 500);
        var body = "[" + string.Join(',', Enumerable.Repeat("""{"query":"{ __typename }"}""", count)) + "]";
        return PostRaw($"batch × {count}", body);
    }

    private static HostileRequest DuplicatedOperations(Random random)
    {
        var count = random.Next(2, 300);
        var named = random.Next(2) == 0;
        var document = string.Concat(Enumerable.Range(0, count).Select(_ => named ? "query Same { __typename } " : "{ __typename } "));
        return Post($"{count} {(named ? "same-named" : "anonymous")} operations", document);
    }

    private static HostileRequest VariablesAbuse(Random random)
    {
        var count = random.Next(1_000, 60_000);
        return random.Next(4) switch
        {
            0 => PostJson($"{count} variables for one unused declaration", new { query = "query ($v0: Int) { __typename }", variables = Enumerable.Range(0, count).ToDictionary(i => "v" + i.ToString(CultureInfo.InvariantCulture), i => (object)i) }),
            1 => PostJson($"huge list variable ({count})", new { query = "query ($s: SegmentInput) { growth(segment: $s) { churn(range: { from: \"2026-10-01\", to: \"2026-10-31\" }) { value } } }", variables = new { s = new { planTypes = Enumerable.Repeat("BOGUS", count) } } }),
            2 => PostJson("null for a non-null variable", new { query = "query ($n: String!) { metricDefinition(name: $n) { name } }", variables = new { n = (string?)null } }),
            _ => PostJson($"{count} declared variables", new { query = "query (" + string.Concat(Enumerable.Range(0, Math.Min(count, 3_000)).Select(i => $"$v{i}: Int ")) + ") { __typename }" }),
        };
    }

    private static HostileRequest DeeplyNestedVariables(Random random)
    {
        var depth = random.Next(129, 5_000);
        var value = string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth));
        return PostRaw($"variables nested {depth} deep", """{"query":"query ($s: SegmentInput) { growth(segment: $s) { __typename } }","variables":{"s":{"planTypes":""" + value + "}}}");
    }

    private static HostileRequest BadHeaders(Random random)
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}""");
        (string Name, Dictionary<string, string> Headers)[] variants =
        [
            ("Accept: image/png", new() { ["Content-Type"] = "application/json", ["Accept"] = "image/png" }),
            ("Content-Type: text/plain", new() { ["Content-Type"] = "text/plain", ["Accept"] = "application/json" }),
            ("charset=utf-16", new() { ["Content-Type"] = "application/json; charset=utf-16", ["Accept"] = "application/json" }),
            ("Content-Type garbage", new() { ["Content-Type"] = ";;;==;", ["Accept"] = "application/json" }),
            ("GraphQL-Cost garbage", new() { ["Content-Type"] = "application/json", ["GraphQL-Cost"] = new string('z', random.Next(1, 2_000)) }),
            ("Accept q-value garbage", new() { ["Content-Type"] = "application/json", ["Accept"] = "application/json;q=nope, */*;q=-1" }),
            ("huge header", new() { ["Content-Type"] = "application/json", ["X-Padding"] = new string('p', random.Next(40_000, 70_000)) }),
        ];
        var (name, headers) = variants[random.Next(variants.Length)];
        if (name == "Accept q-value garbage")
        {
            // Accepting nothing usable is 406; with a bad query too, to stay a refusal whatever the negotiation says.
            body = Encoding.UTF8.GetBytes("""{"query":"{ nope }"}""");
        }

        return new HostileRequest("header " + name, HttpMethod.Post, "/graphql", body, headers);
    }

    private static HostileRequest BadQueryString(Random random)
    {
        string[] urls =
        [
            "/graphql?query=%7B%20metricDefinition(name%3A%20%22%ED%A0%80%22)%20%7B%20name%20%7D%20%7D",
            "/graphql?query=%7B%20__typename%20%7D&variables=%7B%22a%22%3A%22%C0%AF%22%7D",
            "/graphql?query=%7B%20__typename%20%7D&variables=%5B1%5D",
            "/graphql?query=%7B%20__typename%20%7D&variables=%7Bnot%20json",
            "/graphql?query=%7B%20__typename%20%7D&query=%7B%20__typename%20%7D",
            "/graphql?query=mutation%20%7B%20ask(input%3A%20%7Bquestion%3A%20%22x%22%7D)%20%7B%20status%20%7D%20%7D",
            "/graphql?query=" + new string('%', random.Next(1, 50)) + "zz",
            "/graphql?query=" + Uri.EscapeDataString("{ " + new string('a', random.Next(9_000, 30_000)) + " }"),
            "/graphql?id=" + new string('0', 64),
            "/graphql?query=%FF%FE%7B%7D",
        ];
        var url = urls[random.Next(urls.Length)];
        return new HostileRequest("query string", HttpMethod.Get, url, null, new Dictionary<string, string> { ["Accept"] = "application/graphql-response+json" });
    }

    private static HostileRequest Post(string shape, string query) => PostJson(shape, new { query });

    private static HostileRequest PostJson(string shape, object body) =>
        new(shape, HttpMethod.Post, "/graphql", JsonSerializer.SerializeToUtf8Bytes(body), JsonHeaders());

    private static HostileRequest PostRaw(string shape, string body) =>
        new(shape, HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(body), JsonHeaders());

    private static Dictionary<string, string> JsonHeaders() => new()
    {
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/graphql-response+json",
    };
}
