using MemberInsights.ClickHouse.Formats;
using MemberInsights.Warehouse.Tables;

namespace MemberInsights.Warehouse.Generation;

/// <summary>
/// Writes one member's events (and studio bookings) for one day. Every value comes from random streams
/// keyed by (seed, member, day), so a member-day is identical whichever batch generates it.
/// Shapes: weekends sleep longer and open the app less; poor sleep and yesterday's strain lower recovery;
/// release-candidate members get their experiment's built-in effect from the assignment date.
/// </summary>
public sealed class MemberDaySimulator
{
    /// <summary>The value of the events' source column.</summary>
    public const string Source = "generator";

    private const ulong StrainStream = 0x57;
    private const ulong BookingStream = 0xB0;
    private readonly ulong _seed;

    /// <summary>Creates a simulator for a seed.</summary>
    public MemberDaySimulator(ulong seed) => _seed = seed;

    /// <summary>Appends the member-day's rows to <paramref name="events"/> and <paramref name="bookings"/>; returns the events written.</summary>
    public int Simulate(MemberProfile member, IReadOnlyList<ExperimentAssignment> assignments, DateOnly day, RowBinaryBatch events, RowBinaryBatch bookings)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(bookings);
        if (!member.IsMemberOn(day))
        {
            return 0;
        }

        var rows = new EventRowWriter(events, member, day);
        var random = SplitMixRandom.For(_seed, member.MemberId, (ulong)day.DayNumber);
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var (recoveryEffect, sleepEffect, sessionFactor) = EffectsOn(assignments, day);
        var today = StrainOf(member, day);

        if (random.Chance(member.WearProbability))
        {
            var yesterdayStrain = StrainOf(member, day.AddDays(-1)).Strain;
            var sleep = Math.Clamp(member.SleepNeedHours - 0.5 + (weekend ? 0.6 : 0) + (0.9 * random.NextNormal()) + sleepEffect, 3.0, 11.5);
            var restingHr = Math.Clamp(member.BaselineRestingHeartRate + (0.35 * (yesterdayStrain - 10)) + (1.6 * random.NextNormal()), 38, 110);
            var recovery = 58 + (11 * (sleep - member.SleepNeedHours)) - (2.2 * (yesterdayStrain - 10))
                - (0.8 * (restingHr - member.BaselineRestingHeartRate)) + (10 * random.NextNormal()) + recoveryEffect;
            var wake = (6 * 60) + random.NextInt(150) + (weekend ? 60 : 0);
            rows.Add(random.NextGuid(), wake - 20, EventType.HeartRate, (float)Math.Round(restingHr, 1), 0);
            rows.Add(random.NextGuid(), wake, EventType.Sleep, (float)Math.Round(sleep, 2), (ushort)(sleep * 60));
            rows.Add(random.NextGuid(), wake + 1, EventType.Recovery, (float)Math.Round(Math.Clamp(recovery, 1, 99), 1), 0);
            rows.Add(random.NextGuid(), (23 * 60) + 50, EventType.Strain, (float)Math.Round(today.Strain, 2), 0);
        }

        var sessions = random.NextPoisson(member.SessionRate * (weekend ? 0.75 : 1.0) * sessionFactor);
        for (var i = 0; i < sessions; i++)
        {
            rows.Add(random.NextGuid(), (7 * 60) + random.NextInt(16 * 60), EventType.Session, 0, (ushort)(1 + random.NextInt(20)));
        }

        if (today.WorkoutMinutes > 0)
        {
            rows.Add(random.NextGuid(), today.WorkoutStartMinute, EventType.Workout, (float)Math.Round(today.Strain, 2), today.WorkoutMinutes);
        }

        Book(member, day, ref rows, bookings);
        return rows.Written;
    }

    // Strain (and the workout behind it) has its own stream, so tomorrow's recovery can re-derive today's strain.
    private (double Strain, ushort WorkoutMinutes, int WorkoutStartMinute) StrainOf(MemberProfile member, DateOnly day)
    {
        var random = SplitMixRandom.For(_seed, member.MemberId, (ulong)day.DayNumber, StrainStream);
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var baseline = 6.5 + (2.0 * random.NextNormal());
        if (!random.Chance(member.WorkoutProbability * (weekend ? 1.25 : 1.0)))
        {
            return (Math.Clamp(baseline, 0.5, 21), 0, 0);
        }

        var minutes = (ushort)(20 + random.NextInt(70));
        var strain = Math.Clamp(baseline + 3 + (minutes / 12.0) + (1.5 * random.NextNormal()), 0.5, 21);
        return (strain, minutes, (6 * 60) + random.NextInt(14 * 60));
    }

    // By reference: the writer is a struct, and a copy would count the check-ins it writes on itself.
    private void Book(MemberProfile member, DateOnly day, ref EventRowWriter rows, RowBinaryBatch bookings)
    {
        if (member.StudioBookingProbability <= 0)
        {
            return;
        }

        var random = SplitMixRandom.For(_seed, member.MemberId, (ulong)day.DayNumber, BookingStream);
        if (!random.Chance(member.StudioBookingProbability))
        {
            return;
        }

        var scheduled = StudioNetwork.ClassAt(day, member.HomeLocationId, random.NextInt(StudioNetwork.SlotsPerDay));
        var roll = random.NextDouble();
        var status = roll < 0.09 ? "cancelled" : roll < 0.21 ? "no_show" : "attended";
        var bookedAt = scheduled.StartsAt.AddHours(-(2 + random.NextInt(70)));
        WarehouseTables.ClassAttendance.Append(bookings, new ClassBookingRow(random.NextGuid(), scheduled, member.MemberId, status, bookedAt));
        if (status == "attended")
        {
            var minute = (scheduled.StartsAt.Hour * 60) - 5;
            rows.Add(random.NextGuid(), minute, EventType.CheckIn, 0, scheduled.DurationMinutes);
        }
    }

    private static (double Recovery, double Sleep, double SessionFactor) EffectsOn(IReadOnlyList<ExperimentAssignment> assignments, DateOnly day)
    {
        double recovery = 0, sleep = 0, sessions = 1;
        foreach (var assignment in assignments)
        {
            if (assignment.IsReleaseCandidate && day >= assignment.Experiment.AssignedDate)
            {
                recovery += assignment.Experiment.RecoveryEffect;
                sleep += assignment.Experiment.SleepEffectHours;
                sessions *= assignment.Experiment.SessionRateFactor;
            }
        }

        return (recovery, sleep, sessions);
    }
}
