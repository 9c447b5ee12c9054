using MemberInsights.Api.Caching;

namespace MemberInsights.Api.Tests.Caching;

public sealed class VersionedCacheTests
{
    [Fact]
    public void Values_are_served_for_their_version_only_and_a_new_version_drops_them()
    {
        var cache = new VersionedCache<string, int>();
        cache.Set("1@a", [KeyValuePair.Create("x", 1), KeyValuePair.Create("y", 2)]);

        Assert.Equal(new Dictionary<string, int> { ["x"] = 1 }, cache.Get("1@a", ["x", "z"]));
        Assert.Empty(cache.Get("2@b", ["x", "y"]));

        cache.Set("2@b", [KeyValuePair.Create("z", 3)]);

        Assert.Equal(new Dictionary<string, int> { ["z"] = 3 }, cache.Get("2@b", ["x", "y", "z"]));
        Assert.Empty(cache.Get("1@a", ["x"]));
    }
}
