using MemberInsights.Api.Access;

namespace MemberInsights.Api.Tests.Access;

/// <summary>The key format and the create-key command.</summary>
public sealed class ApiKeyTests
{
    [Fact]
    public void A_key_carries_its_id_and_256_random_bits_and_only_its_hash_is_configured()
    {
        var key = ApiKey.Create("bi-tableau");
        var again = ApiKey.Create("bi-tableau");

        Assert.StartsWith("mi_bi-tableau_", key, StringComparison.Ordinal);
        Assert.Equal("bi-tableau", ApiKey.IdOf(key));
        Assert.NotEqual(key, again);
        Assert.Equal(64, ApiKey.Hash(key).Length);
        Assert.True(ApiKey.Matches(key, Convert.FromHexString(ApiKey.Hash(key))));
        Assert.False(ApiKey.Matches(again, Convert.FromHexString(ApiKey.Hash(key))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("mi_bi")]
    [InlineData("mi_BI_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("mi_bi_short")]
    [InlineData("xx_bi_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Text_not_in_the_key_format_names_no_key(string text) => Assert.Null(ApiKey.IdOf(text));

    [Fact]
    public void Create_key_prints_the_key_once_and_the_configuration_of_its_hash_roles_and_scope()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CreateKeyCommand.Run(["--id", "bi-tableau", "--roles", "bi", "--scope-plan-types", "ANNUAL,STUDENT"], output, error);

        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        var key = lines[1];
        Assert.Equal(0, exit);
        Assert.Equal("bi-tableau", ApiKey.IdOf(key));
        Assert.Contains($"Access__ApiKeys__bi-tableau__Hash={ApiKey.Hash(key)}", lines);
        Assert.Contains("Access__ApiKeys__bi-tableau__Roles__0=bi", lines);
        Assert.Contains("Access__ApiKeys__bi-tableau__Scope__PlanTypes__1=STUDENT", lines);
        Assert.Single(lines, line => line.Contains(key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--roles", "bi")]
    [InlineData("--id", "Bad_Id", "--roles", "bi")]
    [InlineData("--id", "ok", "--roles", "root")]
    [InlineData("--id", "ok", "--roles", "bi", "--colour", "red")]
    public void Create_key_refuses_bad_arguments_with_usage(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, CreateKeyCommand.Run(args, output, error));
        Assert.Contains("Usage: create-key", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }
}
