using MemberInsights.Api.Access;
using MemberInsights.Api.Tests.Support;
using MemberInsights.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberInsights.Api.Tests.Access;

/// <summary>Configured keys are checked when the API starts: every problem is listed, no key text is ever accepted as a hash.</summary>
[Collection(TinyApiCollection.Name)]
public sealed class ApiKeyConfigurationTests(ApiFactory api)
{
    [Fact]
    public void Bad_ids_hashes_roles_and_scope_values_are_all_reported()
    {
        var key = ApiKey.Create("pasted");
        var options = new AccessOptions
        {
            ApiKeys =
            {
                ["Bad_Id"] = new ApiKeyOptions { Hash = ApiKey.Hash(key), Roles = ["bi"] },
                ["pasted"] = new ApiKeyOptions { Hash = key, Roles = ["bi"] },
                ["no-role"] = new ApiKeyOptions { Hash = ApiKey.Hash(key), Roles = ["root"] },
                ["typo"] = new ApiKeyOptions { Hash = ApiKey.Hash(key), Roles = ["bi"], Scope = new ScopeOptions { PlanTypes = ["ANUAL"], CohortMonths = ["2026-01-15"] } },
            },
        };

        var error = Assert.Throws<OptionsValidationException>(() => new ApiKeyStore(Options.Create(options), new ScopeReader(api.Services.GetRequiredService<IRequestExecutor>())));

        Assert.Equal(4, error.Failures.Count());
        Assert.Contains(error.Failures, f => f.StartsWith("Access:ApiKeys:Bad_Id: a key id", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Access:ApiKeys:pasted:Hash must be", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Roles must name", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("'ANUAL' is not a PlanType", StringComparison.Ordinal));
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }
}
