using MemberInsights.Api.Access;
using MemberInsights.Api.Contracts;
using MemberInsights.ClickHouse;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Support;

/// <summary>
/// The real API over the real embedded engine, loaded with the <c>tiny</c> data set into a database of its
/// own. chDB serves one data directory per process, so every factory of this test process shares one
/// directory and differs by database.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private const string DataPathPrefix = "mi-api-tests-";

    private static readonly string DataPath = Path.Combine(Path.GetTempPath(), DataPathPrefix + Environment.ProcessId);

    // The engine holds the directory until the process exits, so a run cannot delete its own; it deletes those of
    // earlier test processes that have ended instead.
    static ApiFactory()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), DataPathPrefix + "*"))
        {
            var pid = Path.GetFileName(directory)[DataPathPrefix.Length..];
            if (int.TryParse(pid, out var id) && id != Environment.ProcessId && !Directory.Exists($"/proc/{id}"))
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another test process is removing it, or it is not ours to remove.
                }
            }
        }
    }

    private readonly Dictionary<string, string> _extraKeys = new(StringComparer.Ordinal);

    /// <summary>The API's log events.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>This factory's database.</summary>
    public string Database { get; } = "api_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The warehouse client the API uses (for independent recomputations in tests).</summary>
    public ClickHouseClient ClickHouse => Services.GetRequiredService<ClickHouseClient>();

    /// <summary>Extra settings (configuration keys such as <c>GraphQL:PersistedOperationsOnly</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>
    /// The environment the API runs in. "Testing" has Production's access rules (no anonymous caller, configured CORS
    /// origins only): tests authenticate with <see cref="Keys"/> as the role they exercise.
    /// </summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>One API key per role (<c>mi_test-&lt;role&gt;_...</c>), configured by its hash only.</summary>
    public IReadOnlyDictionary<string, string> Keys { get; } = AccessRoles.All.ToDictionary(role => role, role => ApiKey.Create("test-" + role));

    /// <summary>A client that sends the key of <paramref name="caller"/>: a role, or the id of a key from <see cref="AddKey"/> (null: no credentials).</summary>
    public HttpClient ClientFor(string? caller)
    {
        var client = CreateClient();
        if (caller is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyHandler.Header, Keys.TryGetValue(caller, out var key) ? key : _extraKeys[caller]);
        }

        return client;
    }

    /// <summary>Configures an extra API key (its hash, roles and scope settings) and returns the key.</summary>
    public string AddKey(string id, string[] roles, IReadOnlyDictionary<string, string>? scope = null)
    {
        var key = ApiKey.Create(id);
        _extraKeys[id] = key;
        Settings[$"Access:ApiKeys:{id}:Hash"] = ApiKey.Hash(key);
        for (var i = 0; i < roles.Length; i++)
        {
            Settings[$"Access:ApiKeys:{id}:Roles:{i}"] = roles[i];
        }

        foreach (var (name, value) in scope ?? new Dictionary<string, string>())
        {
            Settings[$"Access:ApiKeys:{id}:Scope:{name}"] = value;
        }

        return key;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(Logs));
        // Generous budgets: the suites send hundreds of requests a minute with one key; RateLimitTests sets its own.
        builder.UseSetting("Access:RateLimits:RequestsPerMinute", "1000000");
        builder.UseSetting("Access:RateLimits:AnonymousRequestsPerMinute", "1000000");
        builder.UseSetting("Access:RateLimits:CostPerMinute", "1000000000");
        foreach (var (role, key) in Keys)
        {
            builder.UseSetting($"Access:ApiKeys:test-{role}:Hash", ApiKey.Hash(key));
            builder.UseSetting($"Access:ApiKeys:test-{role}:Roles:0", role);
        }

        builder.UseSetting("ClickHouse:DataPath", DataPath);
        builder.UseSetting("ClickHouse:Database", Database);
        builder.UseSetting("Insights:Preset", "tiny");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>One API over tiny data shared by every test class of the collection (read-only tests).</summary>
[CollectionDefinition(Name)]
public sealed class TinyApiCollection : ICollectionFixture<ApiFactory>
{
    /// <summary>The collection name.</summary>
    public const string Name = "tiny API";
}
