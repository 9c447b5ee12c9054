using MemberInsights.Api.Health;
using MemberInsights.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Health;

[Collection(TinyApiCollection.Name)]
public sealed class RequestMetricsTests(ApiFactory api)
{
    [Fact]
    public async Task Every_GraphQL_request_is_counted_and_those_with_errors_separately()
    {
        var metrics = api.Services.GetRequiredService<RequestMetrics>();
        var before = metrics.Snapshot();

        await api.QueryAsync("{ __typename }");
        await api.PostAsync("{ noSuchField }");
        var after = metrics.Snapshot();

        Assert.True(after.Requests >= before.Requests + 2);
        Assert.True(after.RequestsWithErrors >= before.RequestsWithErrors + 1);
        Assert.True(after.P50Ms > 0 && after.P50Ms <= after.P95Ms && after.P95Ms <= after.P99Ms);
    }

    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        Assert.Equal(5, RequestMetrics.Percentile(sorted, 0.50));
        Assert.Equal(10, RequestMetrics.Percentile(sorted, 0.95));
        Assert.Equal(0, RequestMetrics.Percentile([], 0.95));
    }
}
