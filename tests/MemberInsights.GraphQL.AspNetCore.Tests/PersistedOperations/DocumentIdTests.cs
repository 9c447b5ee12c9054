using MemberInsights.GraphQL.AspNetCore.PersistedOperations;

namespace MemberInsights.GraphQL.AspNetCore.Tests.PersistedOperations;

public sealed class DocumentIdTests
{
    [Fact]
    public void The_id_is_the_lowercase_hex_sha256_of_the_utf8_text()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DocumentId.Compute("abc"));
        Assert.Equal(System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("{ héllo }"u8)), DocumentId.Compute("{ héllo }"));
    }

    [Theory]
    [InlineData("ABCDEF0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789", true)]
    [InlineData("sha256:abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", true)]
    [InlineData("abcdef", false)]
    [InlineData("../../etc/passwd", false)]
    [InlineData("zzcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", false)]
    [InlineData(null, false)]
    public void Client_ids_are_normalized_or_refused(string? candidate, bool valid)
    {
        Assert.Equal(valid, DocumentId.TryNormalize(candidate, out var id));
        if (valid)
        {
            Assert.Equal("abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", id);
        }
    }

    [Fact]
    public void The_automatic_query_cache_forgets_the_least_recently_used_document()
    {
        var cache = new AutomaticPersistedQueryCache(capacity: 2);
        cache.Add("a", "{ a }");
        cache.Add("b", "{ b }");
        Assert.True(cache.TryGet("a", out _));

        cache.Add("c", "{ c }");

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal("{ a }", a);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }
}
