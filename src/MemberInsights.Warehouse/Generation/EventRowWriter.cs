using MemberInsights.ClickHouse.Formats;

namespace MemberInsights.Warehouse.Generation;

/// <summary>Appends stg_member_events rows for one member-day, with the member's segment columns denormalised.</summary>
internal struct EventRowWriter
{
    private readonly RowBinaryBatch _batch;
    private readonly MemberProfile _member;
    private readonly DateTime _midnight;
    private readonly DateOnly _cohortMonth;

    public EventRowWriter(RowBinaryBatch batch, MemberProfile member, DateOnly day)
    {
        _batch = batch;
        _member = member;
        _midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        _cohortMonth = member.CohortMonth;
        Written = 0;
    }

    public int Written { get; private set; }

    public void Add(Guid eventId, int minuteOfDay, string eventType, float value, ushort durationMinutes)
    {
        var millisecond = (eventId.GetHashCode() & 0x7FFFFFFF) % 60_000;
        _batch.BeginRow();
        _batch.WriteUuid(eventId);
        _batch.WriteUInt32(_member.MemberId);
        _batch.WriteDateTime(_midnight.AddTicks((Math.Clamp(minuteOfDay, 0, 1439) * TimeSpan.TicksPerMinute) + (millisecond * TimeSpan.TicksPerMillisecond)));
        _batch.WriteString(eventType);
        _batch.WriteFloat32(value);
        _batch.WriteUInt16(durationMinutes);
        _batch.WriteDate(_cohortMonth);
        _batch.WriteString(_member.PlanType);
        _batch.WriteString(_member.Goal);
        _batch.WriteString(_member.AcquisitionChannel);
        _batch.WriteString(MemberDaySimulator.Source);
        _batch.EndRow();
        Written++;
    }
}
