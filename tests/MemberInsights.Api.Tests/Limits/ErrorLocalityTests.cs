using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.Limits;

/// <summary>A failing field nulls only itself: the fields that query the warehouse and the surface roots are nullable, so sibling panels survive.</summary>
[Collection(TinyApiCollection.Name)]
public sealed class ErrorLocalityTests(ApiFactory api)
{
    [Fact]
    public async Task A_bad_range_in_one_growth_panel_nulls_that_panel_and_keeps_its_siblings_and_the_other_surfaces()
    {
        var response = await api.PostAsync("""
            {
              growth {
                bad: newMembers(range: { from: "2026-10-31", to: "2026-10-01" }) { value }
                good: newMembers(range: { from: "2026-10-01", to: "2026-10-31" }, grain: DAY) { value }
              }
              metricDefinition(name: "MAU") { name }
            }
            """);

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("""["growth","bad"]""", error["path"]!.ToJsonString());
        var growth = response["data"]!["growth"]!;
        Assert.Null(growth["bad"]);
        Assert.Equal(31, growth["good"]!.AsArray().Count);
        Assert.Equal("monthly_active_members", response["data"]!["metricDefinition"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_segment_nulls_its_surface_and_keeps_the_other_surfaces()
    {
        var response = await api.PostAsync("""
            {
              growth(segment: { cohortMonths: ["2026-02-02"] }) { churn(range: { from: "2026-01-01", to: "2026-10-31" }) { value } }
              performance { series(metric: STRAIN, range: { from: "2026-10-01", to: "2026-10-07" }) { points { date } } }
            }
            """);

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("""["growth"]""", error["path"]!.ToJsonString());
        Assert.Null(response["data"]!["growth"]);
        Assert.Equal(7, response["data"]!["performance"]!["series"]!["points"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_bad_argument_deep_in_a_surface_nulls_the_field_not_the_platform_health_panel()
    {
        var response = await api.PostAsync("""{ platformHealth { pipelineRuns(first: 0) { totalCount } engine { kind } } }""");

        Assert.Equal("""["platformHealth","pipelineRuns"]""", response["errors"]![0]!["path"]!.ToJsonString());
        Assert.Null(response["data"]!["platformHealth"]!["pipelineRuns"]);
        Assert.Equal("EMBEDDED", response["data"]!["platformHealth"]!["engine"]!["kind"]!.GetValue<string>());
    }
}
