using System.Net;
using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.Admin;

/// <summary>Without <c>Insights:AdminKey</c> (the default) the admin endpoints do not exist.</summary>
[Collection(TinyApiCollection.Name)]
public sealed class AdminDisabledTests(ApiFactory api)
{
    [Theory]
    [InlineData("/admin/load")]
    [InlineData("/admin/check")]
    [InlineData("/admin/ingest?file=export.ndjson")]
    public async Task Admin_endpoints_are_not_found_without_an_admin_key(string url)
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", "");

        using var response = await client.PostAsync(url, null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
