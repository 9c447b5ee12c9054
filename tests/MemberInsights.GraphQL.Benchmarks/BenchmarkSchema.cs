using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Benchmarks;

/// <summary>
/// The load-test schema with static resolvers, the same as the graphql-js server's: root fields
/// and fields with arguments have resolvers, everything else is read from the records' properties.
/// </summary>
internal static class BenchmarkSchema
{
    public static Schema Build()
    {
        var members = BenchmarkFixture.Members;
        return new SchemaBuilder()
            .AddTypeDefinitions(BenchmarkFixture.Schema)
            .BindResolver("Query", "members", context => members.Take(context.Argument<int>("first")).ToList())
            .BindResolver("Query", "member", context => members.FirstOrDefault(m => m.Id == context.Argument<string>("id")))
            .BindResolver("Member", "recentDays", context => ((BenchmarkMember)context.Parent!).RecentDays.TakeLast(context.Argument<int>("last")).ToList())
            .BindRuntimeType<BenchmarkMember>("Member")
            .BindRuntimeType<BenchmarkEngagement>("Engagement")
            .BindRuntimeType<BenchmarkAssignment>("ExperimentAssignment")
            .BindRuntimeType<BenchmarkMemberDay>("MemberDay")
            .RequireResolvers()
            .Build();
    }

    public static IRequestExecutor CreateExecutor() => new RequestExecutor(Build());
}
