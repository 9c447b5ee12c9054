using MemberInsights.ClickHouse.Formats;
using MemberInsights.Warehouse.Generation;
using MemberInsights.Warehouse.Tables;

namespace MemberInsights.Warehouse.Loading;

/// <summary>Turns a <see cref="LoadBatch"/> into encoded rows: day by day, member by member.</summary>
public sealed class BatchGenerator
{
    private readonly MemberCatalog _members;
    private readonly MemberDaySimulator _simulator;

    /// <summary>Creates a generator over the members of a load.</summary>
    public BatchGenerator(MemberCatalog members, ulong seed)
    {
        _members = members ?? throw new ArgumentNullException(nameof(members));
        _simulator = new MemberDaySimulator(seed);
    }

    /// <summary>Generates the batch's rows.</summary>
    public GeneratedBatch Generate(LoadBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var events = WarehouseTables.MemberEvents.CreateBatch((int)Math.Min(batch.MemberDays * 400, 256L * 1024 * 1024));
        var bookings = WarehouseTables.ClassAttendance.CreateBatch();
        var perDay = new int[batch.DayCount];
        // Member-major, like the tables' sort keys (member_id, event_date, ...): the insert's sort has little to do.
        for (var id = batch.MemberFrom; id <= batch.MemberTo; id++)
        {
            var profile = _members.Profile(id);
            var assignments = _members.Assignments(id);
            for (var d = 0; d < batch.DayCount; d++)
            {
                perDay[d] += _simulator.Simulate(profile, assignments, batch.FirstDay.AddDays(d), events, bookings);
            }
        }

        return new GeneratedBatch(batch, events, bookings, perDay);
    }
}
