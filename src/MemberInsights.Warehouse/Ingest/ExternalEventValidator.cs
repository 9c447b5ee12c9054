using FluentValidation;
using MemberInsights.Warehouse.Generation;

namespace MemberInsights.Warehouse.Ingest;

/// <summary>The rules an external event must meet to be loaded (registered by hand: no DI extensions here).</summary>
public sealed class ExternalEventValidator : AbstractValidator<ExternalEvent>
{
    /// <summary>Events older than this are refused as implausible.</summary>
    public static readonly DateTime Earliest = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Clock skew tolerated before an event counts as in the future.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <summary>Creates the validator; <paramref name="now"/> is the clock (UTC) future timestamps are judged against.</summary>
    public ExternalEventValidator(Func<DateTime>? now = null)
    {
        var clock = now ?? (() => DateTime.UtcNow);
        RuleFor(e => e.EventId).NotEqual(Guid.Empty).WithMessage("event_id is missing or empty");
        RuleFor(e => e.MemberId).GreaterThan(0u).WithMessage("member_id must be a positive id");
        RuleFor(e => e.EventType).Must(t => EventType.All.Contains(t))
            .WithMessage(e => $"event_type '{RejectionText.Value(e.EventType)}' is not one of {string.Join(", ", EventType.All)}");
        RuleFor(e => e.EventTime).Must(t => t <= clock() + FutureTolerance).WithMessage("event_time is in the future");
        RuleFor(e => e.EventTime).GreaterThanOrEqualTo(Earliest).WithMessage("event_time is before 2015");
        RuleFor(e => e.Value).Must(double.IsFinite).WithMessage("value is not a finite number");
        RuleFor(e => e.Value).InclusiveBetween(0, 100).When(e => e.EventType == EventType.Recovery).WithMessage("recovery must be 0-100");
        RuleFor(e => e.Value).InclusiveBetween(0, 24).When(e => e.EventType == EventType.Sleep).WithMessage("sleep hours must be 0-24");
        RuleFor(e => e.Value).InclusiveBetween(0, 21).When(e => e.EventType == EventType.Strain).WithMessage("strain must be 0-21");
        RuleFor(e => e.Value).InclusiveBetween(25, 250).When(e => e.EventType == EventType.HeartRate).WithMessage("resting heart rate must be 25-250 bpm");
        RuleFor(e => e.DurationMinutes).InclusiveBetween(0, 1440).WithMessage("duration_minutes must be 0-1440");
    }
}
