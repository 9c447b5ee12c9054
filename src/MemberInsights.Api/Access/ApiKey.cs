using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MemberInsights.Api.Access;

/// <summary>
/// The API key format: <c>mi_&lt;id&gt;_&lt;secret&gt;</c>, where the id (lowercase letters, digits and hyphens) names the key in
/// configuration and logs, and the secret is 32 random bytes in base64url. Only the SHA-256 of the whole key is stored:
/// with 256 random bits a fast hash is enough (nothing to guess), and it is compared in constant time.
/// </summary>
public static partial class ApiKey
{
    /// <summary>Every key starts with this.</summary>
    public const string Prefix = "mi_";

    private const int SecretBytes = 32;

    /// <summary>Whether <paramref name="id"/> can name a key.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>A new key for <paramref name="id"/>.</summary>
    public static string Create(string id)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"A key id is 1 to 32 lowercase letters, digits and hyphens, starting with a letter or digit; '{id}' is not.", nameof(id));
        }

        return Prefix + id + "_" + Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
    }

    /// <summary>The id a key text names, or null when the text is not in the key format.</summary>
    public static string? IdOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var match = KeyPattern().Match(key);
        return match.Success ? match.Groups["id"].Value : null;
    }

    /// <summary>The lowercase hex SHA-256 of the key text (what configuration holds).</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="key"/> hashes to <paramref name="expectedHash"/>, in time independent of where they differ.</summary>
    public static bool Matches(string key, byte[] expectedHash) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), expectedHash);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^mi_(?<id>[a-z0-9][a-z0-9-]{0,31})_[A-Za-z0-9_-]{43}$")]
    private static partial Regex KeyPattern();
}
