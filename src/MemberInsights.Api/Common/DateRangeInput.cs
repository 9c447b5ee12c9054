using FluentValidation;
using MemberInsights.Api.Contracts;
using Microsoft.Extensions.Options;

namespace MemberInsights.Api.Common;

/// <summary>An inclusive range of calendar days (the GraphQL <c>DateRangeInput</c>).</summary>
public sealed record DateRangeInput(DateOnly From, DateOnly To)
{
    /// <summary>Days in the range, both ends included.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Whether <paramref name="date"/> lies in the range.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;
}

/// <summary>A range must run forwards and span at most <see cref="InsightsOptions.MaxRangeDays"/> days.</summary>
public sealed class DateRangeValidator : AbstractValidator<DateRangeInput>
{
    /// <summary>Creates the validator for ranges of at most the configured number of days.</summary>
    public DateRangeValidator(IOptions<InsightsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var maxDays = options.Value.MaxRangeDays;
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From)
            .WithMessage(r => $"The range ends ({r.To:yyyy-MM-dd}) before it starts ({r.From:yyyy-MM-dd}).");
        RuleFor(r => r).Must(r => r.Days <= maxDays).When(r => r.To >= r.From).OverridePropertyName("to")
            .WithMessage(r => $"The range spans {r.Days} days; at most {maxDays} are allowed.");
    }
}
