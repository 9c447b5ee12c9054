using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Execution.Authorization;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Utilities;

namespace MemberInsights.GraphQL.Tests.Authorization;

/// <summary>The engine enforces <c>@authorize</c> through the request's <see cref="IRequestAuthorizer"/>.</summary>
public sealed class AuthorizeDirectiveTests
{
    private const string Directive = "directive @authorize(roles: [String!], policy: String) on OBJECT | FIELD_DEFINITION";

    private const string Sdl = Directive + "\n\n" + """
        type Query {
          open: String
          analysts: String @authorize(roles: ["analyst"])
          admins: Audit @authorize(policy: "admin")
          secret: Secret
          required: String! @authorize(roles: ["analyst", "admin"])
          signedIn: String @authorize
        }

        type Audit {
          entries: [String]
        }

        type Secret @authorize(roles: ["admin"]) {
          value: String
          extra: String @authorize(policy: "audit")
        }
        """;

    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .BindResolver("Query", "open", _ => "open")
        .BindResolver("Query", "analysts", _ => "analysts")
        .BindResolver("Query", "admins", _ => new Dictionary<string, object?> { ["entries"] = new[] { "a", "b" } })
        .BindResolver("Query", "secret", _ => new Dictionary<string, object?> { ["value"] = "v", ["extra"] = "x" })
        .BindResolver("Query", "required", _ => "required")
        .BindResolver("Query", "signedIn", _ => "signed in")
        .Build();

    [Fact]
    public async Task A_field_the_caller_may_read_resolves_and_one_it_may_not_is_null_with_a_FORBIDDEN_error_at_its_path()
    {
        var result = await ExecuteAsync("{ open analysts admins { entries } }", Caller.WithRoles("analyst"));

        Assert.Equal(
            """{"errors":[{"message":"The caller may not read Query.admins (it requires @authorize(policy: \"admin\")).","locations":[{"line":1,"column":17}],"path":["admins"],"extensions":{"code":"FORBIDDEN"}}],"data":{"open":"open","analysts":"analysts","admins":null}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Any_one_of_the_roles_is_enough_and_policies_are_the_authorizer_s_to_decide()
    {
        var result = await ExecuteAsync("{ required admins { entries } }", Caller.WithRoles("admin").AndPolicies("admin"));

        Assert.Equal("""{"data":{"required":"required","admins":{"entries":["a","b"]}}}""", result.ToJson());
    }

    [Fact]
    public async Task A_refused_non_null_field_nulls_its_parent_as_any_field_error_does()
    {
        var result = await ExecuteAsync("{ open required }", Caller.WithRoles("frontend"));

        Assert.Null(result.Data);
        Assert.True(result.HasData);
        Assert.Equal(["required"], result.Errors!.Single().Path);
        Assert.Equal(ErrorCodes.Forbidden, result.Errors!.Single().Code);
    }

    [Fact]
    public async Task A_type_requirement_guards_every_field_of_the_type_and_a_field_requirement_adds_to_it()
    {
        var admin = await ExecuteAsync("{ secret { value extra } }", Caller.WithRoles("admin"));
        var auditor = await ExecuteAsync("{ secret { value extra } }", Caller.WithRoles("admin").AndPolicies("audit"));
        var analyst = await ExecuteAsync("{ secret { value } }", Caller.WithRoles("analyst"));

        Assert.Equal("""{"value":"v","extra":null}""", Json(admin.Data!["secret"]));
        Assert.Equal(["secret", "extra"], admin.Errors!.Single().Path);
        Assert.Equal("""{"data":{"secret":{"value":"v","extra":"x"}}}""", auditor.ToJson());
        Assert.Equal(["secret", "value"], analyst.Errors!.Single().Path);
    }

    [Fact]
    public async Task Fields_reached_through_fragments_and_aliases_are_checked_too()
    {
        var result = await ExecuteAsync(
            "query { ...F also: analysts } fragment F on Query { ... on Query { hidden: analysts } }", Caller.WithRoles("frontend"));

        Assert.Equal("""{"hidden":null,"also":null}""", Json(result.Data));
        Assert.Equal(2, result.Errors!.Count(e => e.Code == ErrorCodes.Forbidden));
    }

    [Fact]
    public async Task Without_an_authorizer_every_requirement_is_refused_and_unguarded_fields_still_resolve()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = "{ open signedIn analysts }" });

        Assert.Equal("""{"open":"open","signedIn":null,"analysts":null}""", Json(result.Data));
        Assert.All(result.Errors!, e => Assert.Equal(ErrorCodes.Forbidden, e.Code));
    }

    [Fact]
    public async Task The_authorizer_is_asked_once_per_requirement_and_request_however_many_fields_need_it()
    {
        var caller = Caller.WithRoles("admin");
        await ExecuteAsync("{ a: secret { value } b: secret { value } c: secret { value } }", caller);

        Assert.All(caller.Asked.GroupBy(r => r), group => Assert.Single(group));
    }

    [Fact]
    public async Task Introspection_needs_the_request_s_introspection_requirement_and_is_refused_before_execution()
    {
        var introspection = AuthorizationRequirement.ForRoles("analyst");
        var refused = await ExecuteAsync("{ open ...F } fragment F on Query { __type(name: \"Query\") { name } }", Caller.WithRoles("frontend"), introspection);
        var allowed = await ExecuteAsync("{ __schema { queryType { name } } }", Caller.WithRoles("analyst"), introspection);
        var typename = await ExecuteAsync("{ __typename open }", Caller.WithRoles("frontend"), introspection);

        Assert.Equal(RequestErrorKind.Forbidden, refused.RequestError);
        Assert.Equal("""{"errors":[{"message":"Introspection is not allowed for this caller.","locations":[{"line":1,"column":1}],"extensions":{"code":"FORBIDDEN"}}]}""", refused.ToJson());
        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""", allowed.ToJson());
        Assert.Equal("""{"data":{"__typename":"Query","open":"open"}}""", typename.ToJson());
    }

    [Fact]
    public void The_printed_schema_keeps_the_directive_where_the_SDL_applied_it()
    {
        var printed = SchemaPrinter.Print(Schema);

        Assert.Equal(Sdl, printed);
    }

    [Theory]
    [InlineData("directive @authorize(roles: [String]) on FIELD_DEFINITION", "must be declared as")]
    [InlineData("directive @authorize(groups: [String!]) on FIELD_DEFINITION", "must be declared as")]
    [InlineData("directive @authorize(roles: [String!]) on FIELD_DEFINITION | INTERFACE", "must be declared as")]
    [InlineData("directive @authorize(roles: [String!]) on FIELD_DEFINITION\ninterface Node { id: ID @authorize(roles: [\"a\"]) }", "interface field \"Node.id\" is not enforced")]
    [InlineData("directive @authorize(roles: [String!], policy: String) on FIELD_DEFINITION\ntype T { f: String @authorize(policy: \"\") }", "empty role or policy")]
    public void A_declaration_or_use_the_executor_would_not_enforce_fails_the_build(string sdl, string expected)
    {
        var error = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddTypeDefinitions(sdl + "\ntype Query { a: String }").Build());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static Task<ExecutionResult> ExecuteAsync(string query, IRequestAuthorizer authorizer, AuthorizationRequirement? introspection = null) =>
        new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query, Authorizer = authorizer, IntrospectionRequirement = introspection });

    private static string Json(object? value) => new ExecutionResult { Data = (IReadOnlyDictionary<string, object?>?)value, HasData = true }.ToJson()[8..^1];

    /// <summary>A caller with fixed roles and policies (what the HTTP layer decides from claims).</summary>
    private sealed class Caller : IRequestAuthorizer
    {
        private readonly HashSet<string> _roles;
        private readonly HashSet<string> _policies = [];

        private Caller(IEnumerable<string> roles) => _roles = [.. roles];

        public List<AuthorizationRequirement> Asked { get; } = [];

        public static Caller WithRoles(params string[] roles) => new(roles);

        public Caller AndPolicies(params string[] policies)
        {
            _policies.UnionWith(policies);
            return this;
        }

        public ValueTask<bool> IsAuthorizedAsync(AuthorizationRequirement requirement, CancellationToken cancellationToken)
        {
            lock (Asked)
            {
                Asked.Add(requirement);
            }

            var roles = requirement.Roles.Count == 0 || requirement.Roles.Any(_roles.Contains);
            var policy = requirement.Policy is null || _policies.Contains(requirement.Policy);
            return ValueTask.FromResult(roles && policy);
        }
    }
}
