using System.Globalization;
using System.Text.Json;
using MemberInsights.Api.Contracts;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Access;

/// <summary>
/// Reads a scope from configuration or from a token's <c>mi_scope</c> claim and checks every value against the schema's
/// enums (<c>PlanType</c>, <c>Goal</c>, <c>AcquisitionChannel</c>), so that a typo fails loudly instead of matching nothing.
/// </summary>
public sealed class ScopeReader(IRequestExecutor executor)
{
    /// <summary>The claim that carries a caller's scope as JSON.</summary>
    public const string Claim = "mi_scope";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    /// <summary>The scope of a claim value; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public AccessScope FromClaim(string json)
    {
        ScopeOptions? options;
        try
        {
            options = JsonSerializer.Deserialize<ScopeOptions>(json, Json);
        }
        catch (JsonException)
        {
            throw new FormatException($"The {Claim} claim must be a JSON object with planTypes, goals, acquisitionChannels, cohortMonths or locations.");
        }

        return options is null ? AccessScope.Unrestricted : Read(options);
    }

    /// <summary>The claim value of a configured scope.</summary>
    public static string ToClaim(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return JsonSerializer.Serialize(new ScopeOptions
        {
            PlanTypes = scope.PlanTypes?.ToList(),
            Goals = scope.Goals?.ToList(),
            AcquisitionChannels = scope.AcquisitionChannels?.ToList(),
            CohortMonths = scope.CohortMonths?.Select(m => m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList(),
            Locations = scope.Locations?.ToList(),
        }, Json);
    }

    /// <summary>The scope of configured values; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public AccessScope Read(ScopeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AccessScope
        {
            PlanTypes = Names(options.PlanTypes, "PlanType", "planTypes"),
            Goals = Names(options.Goals, "Goal", "goals"),
            AcquisitionChannels = Names(options.AcquisitionChannels, "AcquisitionChannel", "acquisitionChannels"),
            CohortMonths = options.CohortMonths?.Select(Month).ToList(),
            Locations = options.Locations is { } locations && locations.Any(l => l <= 0)
                ? throw new FormatException("Scope locations are positive location ids.")
                : options.Locations?.ToList(),
        };
    }

    private List<string>? Names(List<string>? values, string enumName, string attribute)
    {
        if (values is null)
        {
            return null;
        }

        var known = executor.Schema.GetType(enumName) as EnumType ?? throw new InvalidOperationException($"The schema has no enum {enumName}.");
        foreach (var value in values)
        {
            if (known.Values.All(v => v.Name != value))
            {
                throw new FormatException($"Scope {attribute}: '{value}' is not a {enumName} ({string.Join(", ", known.Values.Select(v => v.Name))}).");
            }
        }

        return values;
    }

    private static DateOnly Month(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Day == 1
            ? month
            : throw new FormatException($"Scope cohortMonths: '{value}' is not the first day of a month (YYYY-MM-01).");
}
