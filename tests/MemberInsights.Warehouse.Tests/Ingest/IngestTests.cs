using System.Text;
using MemberInsights.Warehouse.Ingest;
using MemberInsights.Testing;
using MemberInsights.Warehouse.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemberInsights.Warehouse.Tests.Ingest;

[Collection(EmbeddedWarehouseCollection.Name)]
public sealed class IngestTests(EmbeddedWarehouseFixture engine) : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures");
    private readonly string _scratch = Directory.CreateTempSubdirectory("mi-ingest-").FullName;

    [Fact]
    public async Task Good_ndjson_rows_load_bad_ones_are_quarantined_with_reason_and_line_and_marts_stay_correct()
    {
        await using var warehouse = await LoadedWarehouseAsync();

        var report = await IngestAsync(warehouse, Path.Combine(Fixtures, "mixed.ndjson"));

        Assert.Equal(13, report.Lines);
        Assert.Equal(4, report.Loaded);
        Assert.Equal(8, report.Quarantined);
        Assert.Equal(1, report.Duplicates);
        var quarantined = await warehouse.Client.QueryListAsync(
            "SELECT line_number, reason, original_line FROM quarantine WHERE run_id = {run:UUID} ORDER BY line_number",
            r => (Line: r.GetUInt64(0), Reason: r.GetString(1), Original: r.GetString(2)), new ClickHouse.QueryParameters().Add("run", report.RunId));
        Assert.Equal([6UL, 7, 8, 9, 10, 11, 12, 13], quarantined.Select(q => q.Line));
        Assert.StartsWith("malformed JSON", quarantined[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not a JSON object", quarantined[1].Reason, StringComparison.Ordinal);
        Assert.Contains("unknown member_id 999999", quarantined[3].Reason, StringComparison.Ordinal);
        Assert.Contains("in the future", quarantined[4].Reason, StringComparison.Ordinal);
        Assert.Contains("recovery must be 0-100", quarantined[5].Reason, StringComparison.Ordinal);
        Assert.Contains("event_type 'nap'", quarantined[6].Reason, StringComparison.Ordinal);
        Assert.Contains("\"member_id\":999999", quarantined[3].Original, StringComparison.Ordinal);
        Assert.Equal(4UL, await Loads.CountAsync(warehouse.Client, "SELECT count() FROM stg_member_events WHERE source = 'ingest'"));
        Assert.Empty(await MartRecomputation.DifferencesAsync(warehouse.Client));
    }

    [Fact]
    public async Task Ingesting_the_same_file_again_loads_nothing_new()
    {
        await using var warehouse = await LoadedWarehouseAsync();
        await IngestAsync(warehouse, Path.Combine(Fixtures, "mixed.ndjson"));

        var again = await IngestAsync(warehouse, Path.Combine(Fixtures, "mixed.ndjson"));

        Assert.Equal(0, again.Loaded);
        Assert.Equal(5, again.Duplicates);
        Assert.Equal(4UL, await Loads.CountAsync(warehouse.Client, "SELECT count() FROM stg_member_events WHERE source = 'ingest'"));
        Assert.Equal((8L, 8L), (again.Quarantined, again.QuarantinedBefore));
        Assert.Equal(8UL, await Loads.CountAsync(warehouse.Client, "SELECT count() FROM quarantine WHERE source_file = 'mixed.ndjson'"));
        Assert.Equal(0UL, await Loads.CountAsync(warehouse.Client, "SELECT count() FROM (SELECT line_number FROM quarantine GROUP BY line_number HAVING count() > 1)"));
    }

    [Fact]
    public async Task A_changed_line_of_a_file_ingested_again_is_quarantined_as_a_new_row()
    {
        await using var warehouse = await LoadedWarehouseAsync();
        var path = Path.Combine(_scratch, "edited.ndjson");
        await File.WriteAllTextAsync(path, "{not json\n");
        await IngestAsync(warehouse, path);
        await File.WriteAllTextAsync(path, "{still not json\n");

        var again = await IngestAsync(warehouse, path);

        Assert.Equal((1L, 0L), (again.Quarantined, again.QuarantinedBefore));
        Assert.Equal(2UL, await Loads.CountAsync(warehouse.Client, "SELECT count() FROM quarantine WHERE source_file = 'edited.ndjson'"));
    }

    [Fact]
    public async Task A_megabyte_bad_value_is_cut_in_the_reason_and_kept_whole_in_the_original_line()
    {
        await using var warehouse = await LoadedWarehouseAsync();
        var huge = new string('z', 1 << 20);
        var ndjson = Path.Combine(_scratch, "huge.ndjson");
        await File.WriteAllTextAsync(ndjson, $$"""{"event_id":"9b0e4f3a-1111-4c4c-8888-000000000009","member_id":2,"event_time":"2026-10-28T08:00:00Z","event_type":"{{huge}}"}""" + "\n");
        var csv = Path.Combine(_scratch, "huge.csv");
        await File.WriteAllTextAsync(csv, $"event_id,member_id,event_time,event_type,value\n9b0e4f3a-1111-4c4c-8888-00000000000a,2,2026-10-28T08:00:00Z,sleep,{huge}\n9b0e4f3a-1111-4c4c-8888-00000000000b,2,{huge},sleep,1\n");

        var reports = new[] { await IngestAsync(warehouse, ndjson), await IngestAsync(warehouse, csv) };

        var rows = await warehouse.Client.QueryListAsync("SELECT reason, length(original_line) FROM quarantine", r => (Reason: r.GetString(0), Length: r.GetUInt64(1)));
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.InRange(r.Reason.Length, 1, RejectionText.MaxReasonLength + 40));
        Assert.All(rows, r => Assert.True(r.Length > (1 << 20), "the original line must be kept whole"));
        Assert.Contains(rows, r => r.Reason.StartsWith("event_type 'zzz", StringComparison.Ordinal) && r.Reason.Contains("(1,048,576 characters)", StringComparison.Ordinal));
        Assert.All(reports.SelectMany(r => r.QuarantineReasons.Keys), key => Assert.InRange(key.Length, 1, RejectionText.MaxKeyLength + 40));
    }

    [Fact]
    public async Task Csv_columns_are_found_by_header_and_bad_rows_are_quarantined()
    {
        await using var warehouse = await LoadedWarehouseAsync();

        var report = await IngestAsync(warehouse, Path.Combine(Fixtures, "mixed.csv"));

        Assert.Equal(7, report.Lines);
        Assert.Equal(3, report.Loaded);
        Assert.Equal(4, report.Quarantined);
        var reasons = await warehouse.Client.QueryListAsync("SELECT reason FROM quarantine ORDER BY line_number", r => r.GetString(0));
        Assert.Equal(["expected 6 columns, found 5", "unterminated quoted field", "value 'seven' is not a number", "member_id is not a whole number"], reasons);
        Assert.Equal(55.5, await warehouse.Client.ScalarAsync<double>("SELECT value FROM stg_member_events WHERE source = 'ingest' AND event_type = 'heart_rate'"), 3);
    }

    [Fact]
    public async Task Invalid_utf8_empty_files_and_headerless_csv_never_crash_and_keep_the_good_rows()
    {
        await using var warehouse = await LoadedWarehouseAsync();
        var good = """{"event_id":"9b0e4f3a-1111-4c4c-8888-000000000001","member_id":2,"event_time":"2026-10-28T08:00:00Z","event_type":"sleep","value":8}""";
        var mixed = Path.Combine(_scratch, "bytes.ndjson");
        await File.WriteAllBytesAsync(mixed, [.. Encoding.UTF8.GetBytes(good + "\n"), .. "{\"event_type\":\"sl"u8, 0xC3, 0x28, .. "\"}\n"u8]);
        var empty = Path.Combine(_scratch, "empty.ndjson");
        await File.WriteAllBytesAsync(empty, []);
        var headerless = Path.Combine(_scratch, "headerless.csv");
        await File.WriteAllTextAsync(headerless, "sleep,9b0e4f3a-1111-4c4c-8888-000000000002,2,2026-10-28T08:00:00Z,8,0\nsleep,x,2,2026-10-28T08:00:00Z,8,0\n");

        var bytes = await IngestAsync(warehouse, mixed);
        var nothing = await IngestAsync(warehouse, empty);
        var noHeader = await IngestAsync(warehouse, headerless);

        Assert.Equal((2L, 1L, 1L), (bytes.Lines, bytes.Loaded, bytes.Quarantined));
        Assert.Equal("the line is not valid UTF-8", await warehouse.Client.ScalarAsync<string>("SELECT reason FROM quarantine WHERE source_file = 'bytes.ndjson'"));
        Assert.Equal((0L, 0L, 0L), (nothing.Lines, nothing.Loaded, nothing.Quarantined));
        Assert.Equal((2L, 0L, 2L), (noHeader.Lines, noHeader.Loaded, noHeader.Quarantined));
        Assert.Equal(2UL, await Loads.CountAsync(warehouse.Client, "SELECT count() FROM quarantine WHERE source_file = 'headerless.csv' AND reason LIKE '%header lacks column%'"));
    }

    [Fact]
    public async Task An_unsupported_extension_or_missing_file_is_refused_plainly()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        var ingestor = new EventIngestor(warehouse.Client, NullLogger<EventIngestor>.Instance);

        await Assert.ThrowsAsync<NotSupportedException>(() => ingestor.IngestAsync(Path.Combine(_scratch, "events.xlsx")));
        await Assert.ThrowsAsync<FileNotFoundException>(() => ingestor.IngestAsync(Path.Combine(_scratch, "missing.ndjson")));
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private async Task<TestDatabase> LoadedWarehouseAsync()
    {
        var warehouse = await engine.CreateWarehouseAsync();
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 10, days: 20), new() { RunChecks = false });
        return warehouse;
    }

    private static Task<IngestReport> IngestAsync(TestDatabase warehouse, string path) =>
        new EventIngestor(warehouse.Client, NullLogger<EventIngestor>.Instance).IngestAsync(path, runChecks: false);
}
