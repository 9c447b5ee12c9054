using FluentValidation;
using MemberInsights.Api.Assistant;
using MemberInsights.Api.Common;
using MemberInsights.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Hosting;

/// <summary>The API's validators come from the container (found in the assembly), configured by <c>Insights</c> options.</summary>
public sealed class ValidatorRegistrationTests(ValidatorRegistrationTests.ShortRangeApi api) : IClassFixture<ValidatorRegistrationTests.ShortRangeApi>
{
    [Fact]
    public void Every_validator_of_the_API_is_registered_once_as_a_singleton()
    {
        Assert.IsType<DateRangeValidator>(Single<DateRangeInput>());
        Assert.IsType<SegmentValidator>(Single<SegmentInput>());
        Assert.IsType<AskInputValidator>(Single<AskInput>());
        Assert.Same(api.Services.GetRequiredService<IValidator<DateRangeInput>>(), api.Services.GetRequiredService<IValidator<DateRangeInput>>());
    }

    [Fact]
    public async Task The_range_validator_reads_the_configured_longest_range()
    {
        var error = await api.ErrorAsync("""{ growth { newMembers(range: { from: "2026-09-01", to: "2026-10-01" }) { value } } }""");
        var data = await api.QueryAsync("""{ growth { newMembers(range: { from: "2026-09-01", to: "2026-09-30" }, grain: DAY) { value } } }""");

        Assert.Equal("The range spans 31 days; at most 30 are allowed.", error["message"]!.GetValue<string>());
        Assert.Equal("range.to", error["extensions"]!["argument"]!.GetValue<string>());
        Assert.Equal(30, data["growth"]!["newMembers"]!.AsArray().Count);
    }

    private IValidator<T> Single<T>() => Assert.Single(api.Services.GetServices<IValidator<T>>());

    /// <summary>An API whose queries may span at most 30 days.</summary>
    public sealed class ShortRangeApi : ApiFactory
    {
        /// <summary>Creates the factory.</summary>
        public ShortRangeApi() => Settings["Insights:MaxRangeDays"] = "30";
    }
}
