using FluentValidation;
using MemberInsights.GraphQL.Execution;

namespace MemberInsights.Api.Common;

/// <summary>Reads and validates the arguments every surface shares: ranges, segments, grains and pages.</summary>
public sealed class InputReader(IValidator<DateRangeInput> rangeValidator, IValidator<SegmentInput> segmentValidator)
{
    /// <summary>The <see cref="DateRangeInput"/> argument <paramref name="name"/>, validated.</summary>
    public DateRangeInput Range(IResolverContext context, string name = "range")
    {
        ArgumentNullException.ThrowIfNull(context);
        var range = context.Argument<DateRangeInput>(name) ?? throw InputErrors.Invalid(name, $"{name} is required.");
        return InputErrors.Validate(rangeValidator, range, name);
    }

    /// <summary>The <see cref="SegmentInput"/> argument <paramref name="name"/>, validated; every member when absent.</summary>
    public SegmentInput Segment(IResolverContext context, string name = "segment")
    {
        ArgumentNullException.ThrowIfNull(context);
        var segment = context.Argument<SegmentInput>(name) ?? SegmentInput.All;
        return InputErrors.Validate(segmentValidator, segment, name);
    }

    /// <summary>The <see cref="Grain"/> argument.</summary>
    public static Grain Grain(IResolverContext context, string name = "grain")
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Argument<Grain>(name);
    }

    /// <summary>The <c>first</c>/<c>after</c> arguments, validated.</summary>
    public static PageRequest Page(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PageRequest.From(context.Argument<int>("first"), context.Argument<string>("after"));
    }

    /// <summary>An integer argument that must lie in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int Bounded(IResolverContext context, string name, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Argument<int>(name);
        return value >= min && value <= max ? value : throw InputErrors.Invalid(name, $"{name} must be between {min} and {max}; it was {value}.");
    }
}
