using MemberInsights.ClickHouse.Formats;
using MemberInsights.Warehouse.Tables;

namespace MemberInsights.Warehouse.Generation;

/// <summary>Appends one member-day's stg_member_events rows, with the member's segment columns, and counts them.</summary>
internal struct EventRowWriter
{
    private readonly RowBinaryBatch _batch;
    private readonly MemberProfile _member;
    private readonly DateTime _midnight;

    public EventRowWriter(RowBinaryBatch batch, MemberProfile member, DateOnly day)
    {
        _batch = batch;
        _member = member;
        _midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        Written = 0;
    }

    public int Written { get; private set; }

    public void Add(Guid eventId, int minuteOfDay, string eventType, float value, ushort durationMinutes)
    {
        var millisecond = (eventId.GetHashCode() & 0x7FFFFFFF) % 60_000;
        var time = _midnight.AddTicks((Math.Clamp(minuteOfDay, 0, 1439) * TimeSpan.TicksPerMinute) + (millisecond * TimeSpan.TicksPerMillisecond));
        WarehouseTables.MemberEvents.Append(_batch, new MemberEventRow(eventId, _member.MemberId, time, eventType, value, durationMinutes, _member.Segment, MemberDaySimulator.Source));
        Written++;
    }
}
