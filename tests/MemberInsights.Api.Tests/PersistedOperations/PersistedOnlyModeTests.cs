using System.Net;
using System.Net.Http.Json;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.PersistedOperations;

/// <summary>The API configured for production BI clients: only persisted operations run, whatever the role (no data needed).</summary>
public sealed class PersistedOnlyModeTests(PersistedOnlyModeTests.PersistedOnlyApi api) : IClassFixture<PersistedOnlyModeTests.PersistedOnlyApi>
{
    [Fact]
    public async Task An_ad_hoc_query_is_refused_while_a_persisted_operation_runs()
    {
        using var client = api.ClientFor(AccessRoles.Analyst);
        var (id, _) = PersistedOperationTests.Manifest().First(o => o.Name == "MetricDictionary");

        using var adHoc = await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        using var persisted = await client.GetAsync("/graphql?id=" + id);

        Assert.NotEqual(HttpStatusCode.OK, adHoc.StatusCode);
        Assert.Contains("persisted", await adHoc.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, persisted.StatusCode);
        Assert.DoesNotContain("\"errors\"", await persisted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The API with <c>GraphQL:PersistedOperationsOnly=true</c> over a migrated, empty warehouse.</summary>
    public sealed class PersistedOnlyApi : ApiFactory
    {
        public PersistedOnlyApi()
        {
            Settings["GraphQL:PersistedOperationsOnly"] = "true";
            Settings["Insights:LoadIfEmpty"] = "false";
        }
    }
}
