using System.Text.Json;
using MemberInsights.Api.Contracts;

namespace MemberInsights.Api.Access;

/// <summary>
/// <c>create-key --id &lt;id&gt; --roles &lt;role,...&gt; [--scope-&lt;attribute&gt; v1,v2]</c>: prints a new API key once and the
/// configuration that admits it (its hash, roles and scope), as environment variables and as appsettings JSON. The key
/// itself is never stored by the API.
/// </summary>
public static class CreateKeyCommand
{
    /// <summary>The command's name (the first argument of the API).</summary>
    public const string Name = "create-key";

    private static readonly Dictionary<string, string> ScopeFlags = new(StringComparer.Ordinal)
    {
        ["--scope-plan-types"] = nameof(ScopeOptions.PlanTypes),
        ["--scope-goals"] = nameof(ScopeOptions.Goals),
        ["--scope-channels"] = nameof(ScopeOptions.AcquisitionChannels),
        ["--scope-cohort-months"] = nameof(ScopeOptions.CohortMonths),
        ["--scope-locations"] = nameof(ScopeOptions.Locations),
    };

    /// <summary>Runs the command; returns the exit code (0, or 2 for a usage error).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? id = null;
        var roles = new List<string>();
        var scope = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--id" when value is not null:
                    id = value;
                    i++;
                    break;
                case "--roles" when value is not null:
                    roles.AddRange(Split(value));
                    i++;
                    break;
                case var flag when ScopeFlags.TryGetValue(flag, out var attribute) && value is not null:
                    scope[attribute] = Split(value);
                    i++;
                    break;
                default:
                    return Usage(error, $"Unexpected argument '{args[i]}'.");
            }
        }

        if (id is null || !ApiKey.IsValidId(id))
        {
            return Usage(error, "--id is required: 1 to 32 lowercase letters, digits and hyphens (it names the key in configuration and logs).");
        }

        if (roles.Count == 0 || roles.Any(role => !AccessRoles.All.Contains(role)))
        {
            return Usage(error, $"--roles is required: one or more of {string.Join(", ", AccessRoles.All)}.");
        }

        var key = ApiKey.Create(id);
        var hash = ApiKey.Hash(key);
        output.WriteLine("API key (shown once: hand it to the client, keep it in a secret store; the API keeps only its hash):");
        output.WriteLine("  " + key);
        output.WriteLine();
        output.WriteLine("Configuration, as environment variables:");
        output.WriteLine($"  Access__ApiKeys__{id}__Hash={hash}");
        for (var i = 0; i < roles.Count; i++)
        {
            output.WriteLine($"  Access__ApiKeys__{id}__Roles__{i}={roles[i]}");
        }

        foreach (var (attribute, values) in scope)
        {
            for (var i = 0; i < values.Length; i++)
            {
                output.WriteLine($"  Access__ApiKeys__{id}__Scope__{attribute}__{i}={values[i]}");
            }
        }

        output.WriteLine();
        output.WriteLine("or in appsettings.json:");
        var entry = new Dictionary<string, object> { ["Hash"] = hash, ["Roles"] = roles };
        if (scope.Count > 0)
        {
            entry["Scope"] = scope;
        }

        output.WriteLine("  " + JsonSerializer.Serialize(new { Access = new { ApiKeys = new Dictionary<string, object> { [id] = entry } } }));
        output.WriteLine();
        output.WriteLine($"Clients send it as 'X-Api-Key: <key>' or 'Authorization: Bearer <key>'.");
        return 0;
    }

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Usage(TextWriter error, string problem)
    {
        error.WriteLine(problem);
        error.WriteLine($"Usage: {Name} --id <id> --roles <{string.Join("|", AccessRoles.All)}>[,...] "
            + "[--scope-plan-types A,B] [--scope-goals A,B] [--scope-channels A,B] [--scope-cohort-months 2026-01-01,...] [--scope-locations 1,2]");
        return 2;
    }
}
