using MemberInsights.ClickHouse.Formats;

namespace MemberInsights.Warehouse.Loading;

/// <summary>A batch's encoded rows, ready to insert.</summary>
/// <param name="Batch">The batch key.</param>
/// <param name="Events">stg_member_events rows.</param>
/// <param name="Bookings">fct_class_attendance rows.</param>
/// <param name="EventsPerDay">Events generated for each day of the batch.</param>
public sealed record GeneratedBatch(LoadBatch Batch, RowBinaryBatch Events, RowBinaryBatch Bookings, IReadOnlyList<int> EventsPerDay)
{
    /// <summary>Encoded bytes of both tables.</summary>
    public long Bytes => Events.ByteCount + Bookings.ByteCount;
}
