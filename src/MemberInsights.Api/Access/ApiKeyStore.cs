using System.Security.Claims;
using MemberInsights.Api.Contracts;
using Microsoft.Extensions.Options;

namespace MemberInsights.Api.Access;

/// <summary>
/// The configured API keys (their hashes, roles and scopes), checked when the API starts: a bad id, hash, role or
/// scope value stops start-up with every problem listed.
/// </summary>
public sealed class ApiKeyStore
{
    /// <summary>The authentication type of key identities.</summary>
    public const string AuthenticationType = "ApiKey";

    // Compared against when the id is unknown, so an unknown id costs what a known one does.
    private static readonly byte[] NoKey = new byte[32];

    private readonly Dictionary<string, Entry> _keys;

    /// <summary>Reads the keys of <paramref name="options"/>; throws <see cref="OptionsValidationException"/> listing every problem.</summary>
    public ApiKeyStore(IOptions<AccessOptions> options, ScopeReader scopes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scopes);
        var problems = new List<string>();
        _keys = new Dictionary<string, Entry>(StringComparer.Ordinal);
        // An empty hash leaves a key out (a compose file may list keys its environment does not set).
        foreach (var (id, key) in options.Value.ApiKeys.Where(k => k.Value.Hash.Length > 0))
        {
            var where = $"{AccessOptions.Section}:ApiKeys:{id}";
            var entryProblems = problems.Count;
            if (!ApiKey.IsValidId(id))
            {
                problems.Add($"{where}: a key id is 1 to 32 lowercase letters, digits and hyphens.");
            }

            if (key.Hash.Length != 64 || !key.Hash.All(Uri.IsHexDigit) || key.Hash.Any(char.IsUpper))
            {
                problems.Add($"{where}:Hash must be the 64 lowercase hex digits of the key's SHA-256 (create-key prints it); never configure the key itself.");
            }

            if (key.Roles.Count == 0 || key.Roles.Any(role => !AccessRoles.All.Contains(role)))
            {
                problems.Add($"{where}:Roles must name one or more of {string.Join(", ", AccessRoles.All)}; it is [{string.Join(", ", key.Roles)}].");
            }

            var scope = AccessScope.Unrestricted;
            try
            {
                scope = key.Scope is null ? AccessScope.Unrestricted : scopes.Read(key.Scope);
            }
            catch (FormatException e)
            {
                problems.Add($"{where}:Scope: {e.Message}");
            }

            if (problems.Count == entryProblems)
            {
                _keys[id] = new Entry(Convert.FromHexString(key.Hash), CallerClaims.Principal("key:" + id, key.Roles, scope, AuthenticationType));
            }
        }

        if (problems.Count > 0)
        {
            throw new OptionsValidationException(AccessOptions.Section, typeof(AccessOptions), problems);
        }
    }

    /// <summary>How many keys are configured.</summary>
    public int Count => _keys.Count;

    /// <summary>The principal of <paramref name="key"/>, or null when it is not a configured key.</summary>
    public ClaimsPrincipal? Authenticate(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = ApiKey.IdOf(key);
        var entry = id is null ? null : _keys.GetValueOrDefault(id);
        var matches = ApiKey.Matches(key, entry?.Hash ?? NoKey);
        return matches && entry is not null ? entry.Principal.Clone() : null;
    }

    private sealed record Entry(byte[] Hash, ClaimsPrincipal Principal);
}
