using FluentValidation;

namespace MemberInsights.Api.Common;

/// <summary>
/// Restricts a result to members with the given attributes (the GraphQL <c>SegmentInput</c>): OR within an
/// attribute, AND across attributes; a null or empty list means every value. Enum values arrive as GraphQL names.
/// </summary>
public sealed record SegmentInput(string[]? PlanTypes, string[]? Goals, string[]? AcquisitionChannels, DateOnly[]? CohortMonths)
{
    /// <summary>Every member.</summary>
    public static SegmentInput All { get; } = new(null, null, null, null);

    /// <summary>True when no attribute restricts the members.</summary>
    public bool IsAll => IsEmpty(PlanTypes) && IsEmpty(Goals) && IsEmpty(AcquisitionChannels) && IsEmpty(CohortMonths);

    private static bool IsEmpty<T>(T[]? values) => values is null || values.Length == 0;
}

/// <summary>Cohorts are named by the first day of their month; at most 48 of them per request.</summary>
public sealed class SegmentValidator : AbstractValidator<SegmentInput>
{
    /// <summary>Creates the validator.</summary>
    public SegmentValidator()
    {
        RuleForEach(s => s.CohortMonths).Must(month => month.Day == 1)
            .WithMessage((_, month) => $"Cohort {month:yyyy-MM-dd} is not the first day of a month; cohorts are named by their month's first day, e.g. {month:yyyy-MM}-01.");
        RuleFor(s => s.CohortMonths).Must(months => months is null || months.Length <= 48)
            .WithMessage("At most 48 cohort months can be selected.");
    }
}
