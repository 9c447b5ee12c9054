using MemberInsights.ClickHouse.Formats;

namespace MemberInsights.ClickHouse.Tests;

[Collection(EmbeddedEngineCollection.Name)]
public sealed class TableDescriptorTests(EmbeddedEngineFixture engine)
{
    private readonly record struct Reading(Guid Id, uint Member, DateTime At, string Kind, float Value, ushort Minutes, ulong Count, DateOnly? Day, bool? Ok);

    private static readonly TableDescriptor<Reading> Readings = TableDescriptor<Reading>.For("readings")
        .Uuid("id", (in r) => r.Id)
        .UInt32("member", (in r) => r.Member)
        .DateTime("at", "DateTime64(3, 'UTC')", (in r) => r.At)
        .String("kind", (in r) => r.Kind, "LowCardinality(String)")
        .Float32("value", (in r) => r.Value)
        .UInt16("minutes", (in r) => r.Minutes)
        .UInt64("count", (in r) => r.Count)
        .Date("day", (in r) => r.Day, "Nullable(Date)")
        .Bool("ok", (in r) => r.Ok, "Nullable(Bool)")
        .Build();

    [Fact]
    public async Task Rows_written_through_a_descriptor_read_back_column_by_column()
    {
        await using var db = await engine.CreateDatabaseAsync();
        await db.Client.ExecuteAsync("""
            CREATE TABLE readings (id UUID, member UInt32, at DateTime64(3, 'UTC'), kind LowCardinality(String), value Float32, minutes UInt16,
                count UInt64, day Nullable(Date), ok Nullable(Bool)) ENGINE = MergeTree ORDER BY id
            """);
        Reading[] rows =
        [
            new(Guid.NewGuid(), 7, new DateTime(2026, 10, 1, 7, 30, 0, 250, DateTimeKind.Utc), "sleep", 7.25f, 435, ulong.MaxValue, new DateOnly(2026, 10, 1), true),
            new(Guid.NewGuid(), 8, new DateTime(2026, 10, 2, 0, 0, 0, DateTimeKind.Utc), "Grüße", -1.5f, 0, 0, null, null),
        ];

        await Readings.InsertAsync(db.Client, Readings.Encode(rows));

        var back = await db.Client.QueryListAsync("SELECT * FROM readings ORDER BY member", r => new Reading(
            r.GetGuid(0), r.Get<uint>(1), r.GetDateTime(2), r.GetString(3), r.Get<float>(4), r.Get<ushort>(5), r.GetUInt64(6),
            r.IsNull(7) ? null : r.GetDateOnly(7), r.IsNull(8) ? null : r.GetBoolean(8)));
        Assert.Equal(rows, back);
        Assert.Equal(["id", "member", "at", "kind", "value", "minutes", "count", "day", "ok"], Readings.Columns.Select(c => c.Name));
    }

    [Fact]
    public void A_value_the_declared_type_cannot_take_fails_and_leaves_the_batch_as_it_was()
    {
        var wrong = TableDescriptor<Reading>.For("readings").UInt32("member", (in r) => r.Member).Date("day", (in r) => r.Day).Build();
        var batch = wrong.CreateBatch();
        wrong.Append(batch, new Reading { Member = 1, Day = new DateOnly(2026, 1, 1) });

        var error = Assert.Throws<InvalidOperationException>(() => wrong.Append(batch, new Reading { Member = 2, Day = null }));

        Assert.Contains("'day'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, batch.RowCount);
        Assert.Throws<ArgumentException>(() => Readings.Append(batch, default));
    }

    [Fact]
    public void A_descriptor_needs_columns_and_distinct_names()
    {
        Assert.Throws<InvalidOperationException>(() => TableDescriptor<Reading>.For("t").Build());
        Assert.Throws<InvalidOperationException>(() => TableDescriptor<Reading>.For("t").UInt32("a", (in r) => r.Member).UInt16("a", (in r) => r.Minutes).Build());
    }
}
