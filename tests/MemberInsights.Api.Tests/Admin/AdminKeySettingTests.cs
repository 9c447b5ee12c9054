using MemberInsights.Api.Admin;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.Admin;

/// <summary>The shared <c>X-Admin-Key</c> is gone: admin-role API keys replace it, and the old setting says so.</summary>
public sealed class AdminKeySettingTests
{
    [Fact]
    public void The_old_admin_key_setting_stops_start_up_with_what_to_do_instead()
    {
        using var api = new ApiFactory();
        api.Settings["Insights:AdminKey"] = "a-shared-secret";
        api.Settings["Insights:LoadIfEmpty"] = "false";

        Assert.ThrowsAny<Exception>(() => api.CreateClient());
        var error = Assert.Throws<InvalidOperationException>(() => AdminEndpoints.RefuseSharedKey(new InsightsOptions { AdminKey = "a-shared-secret" }));
        Assert.Contains("replaced by API keys with the admin role", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a-shared-secret", error.Message, StringComparison.Ordinal);
    }
}
