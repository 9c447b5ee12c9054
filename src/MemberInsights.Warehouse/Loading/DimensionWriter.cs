using System.Runtime.InteropServices;
using System.Security.Cryptography;
using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Generation;
using MemberInsights.Warehouse.Tables;

namespace MemberInsights.Warehouse.Loading;

/// <summary>
/// Writes the dimensions a load needs before its events: new members and their experiment assignments,
/// the studio estate once, and the class timetable of days not loaded before.
/// </summary>
public sealed class DimensionWriter
{
    private const int MembersPerInsert = 100_000;
    private readonly ClickHouseClient _client;

    /// <summary>Creates a writer.</summary>
    public DimensionWriter(ClickHouseClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Writes members above the highest stored member id, and their assignments; returns rows written.</summary>
    public async Task<long> WriteMembersAsync(MemberCatalog members, GeneratorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(options);
        var stored = await _client.ScalarAsync<uint>("SELECT max(member_id) FROM dim_members", ct: ct).ConfigureAwait(false);
        var updatedAt = options.EndDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        long written = 0;
        for (var from = stored + 1; from <= members.Count; from += MembersPerInsert)
        {
            var to = (uint)Math.Min(members.Count, (long)from + MembersPerInsert - 1);
            var dims = WarehouseTables.Members.CreateBatch((int)(to - from + 1) * 80);
            var assignments = WarehouseTables.ExperimentAssignments.CreateBatch();
            for (var id = from; id <= to; id++)
            {
                var m = members.Profile(id);
                WarehouseTables.Members.Append(dims, new MemberRow(
                    m.MemberId, m.JoinedDate, m.Segment, m.StatusOn(options.EndDate), m.ChurnedDate, m.ReactivatedDate, m.HomeLocationId, m.AgeBand, m.DeviceModel, updatedAt));
                foreach (var a in members.Assignments(id))
                {
                    WarehouseTables.ExperimentAssignments.Append(assignments, new AssignmentRow(a.Experiment.Name, id, a.Variant, a.Experiment.AssignedDate));
                }
            }

            var key = $"s{options.Seed}:m{from}-{to}";
            // Assignments first: the member max is what marks this block done.
            if (assignments.RowCount > 0)
            {
                await WarehouseTables.ExperimentAssignments.InsertAsync(_client, assignments, Token("dim_experiment_assignments:" + key), ct).ConfigureAwait(false);
            }

            await WarehouseTables.Members.InsertAsync(_client, dims, Token("dim_members:" + key), ct).ConfigureAwait(false);

            written += dims.RowCount + assignments.RowCount;
        }

        return written;
    }

    /// <summary>Writes locations and instructors when the tables are empty; returns rows written.</summary>
    public async Task<long> WriteStudiosAsync(GeneratorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (await _client.ScalarAsync<ulong>("SELECT count() FROM dim_locations", ct: ct).ConfigureAwait(false) > 0)
        {
            return 0;
        }

        var locations = WarehouseTables.Locations.Encode(StudioNetwork.Locations(options.LaunchDate));
        var instructors = WarehouseTables.Instructors.Encode(StudioNetwork.Instructors());
        await WarehouseTables.Locations.InsertAsync(_client, locations, ct: ct).ConfigureAwait(false);
        await WarehouseTables.Instructors.InsertAsync(_client, instructors, ct: ct).ConfigureAwait(false);
        return locations.RowCount + instructors.RowCount;
    }

    /// <summary>
    /// Writes the timetable of the days from <paramref name="firstDay"/> that dim_classes does not hold yet; returns rows
    /// written. Asking the table rather than the load coverage keeps a resumed load (after a kill between the classes
    /// and the events) from writing the same classes again; the token drops a re-sent insert.
    /// </summary>
    public async Task<long> WriteClassesAsync(DateOnly firstDay, int days, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var lastDay = firstDay.AddDays(days - 1);
        var stored = (await _client.QueryListAsync(
            "SELECT DISTINCT class_date FROM dim_classes WHERE class_date BETWEEN {first:Date} AND {last:Date}",
            r => r.GetDateOnly(0),
            new QueryParameters().Add("first", firstDay).Add("last", lastDay), ct: ct).ConfigureAwait(false)).ToHashSet();
        var missing = Enumerable.Range(0, days).Select(firstDay.AddDays).Where(d => !stored.Contains(d)).ToList();
        var classes = WarehouseTables.Classes.Encode(missing.SelectMany(StudioNetwork.ClassesOn));
        if (classes.RowCount > 0)
        {
            var token = "dim_classes:" + Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(missing.Select(d => d.DayNumber).ToArray().AsSpan())));
            await WarehouseTables.Classes.InsertAsync(_client, classes, Token(token), ct).ConfigureAwait(false);
        }

        return classes.RowCount;
    }

    private static QuerySettings Token(string token) => new() { InsertDeduplicationToken = token };
}
