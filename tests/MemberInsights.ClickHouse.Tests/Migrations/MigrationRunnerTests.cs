using MemberInsights.ClickHouse.Migrations;

namespace MemberInsights.ClickHouse.Tests.Migrations;

[Collection(EmbeddedEngineCollection.Name)]
public sealed class MigrationRunnerTests(EmbeddedEngineFixture engine) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mi-migrations-").FullName;

    [Fact]
    public async Task Applies_in_numeric_order_then_is_idempotent()
    {
        await using var db = await engine.CreateDatabaseAsync();
        Write("10_later.sql", "INSERT INTO log VALUES (10, 'ten;');");
        Write("2_second.sql", "INSERT INTO log VALUES (2, 'two');\n-- a comment; with a semicolon\nINSERT INTO log VALUES (3, 'three')");
        Write("001_create.sql", "CREATE TABLE IF NOT EXISTS log (step UInt32, note String) ENGINE = MergeTree ORDER BY tuple();");
        var runner = new MigrationRunner(db.Client, _directory);

        var first = await runner.ApplyPendingAsync();
        Assert.Equal([1, 2, 10], first.Select(m => m.Version));
        Assert.Equal([1, 2, 1], first.Select(m => m.Statements));
        Assert.Equal(["two", "three", "ten;"], await db.Client.QueryListAsync("SELECT note FROM log ORDER BY step", r => r.GetString(0)));

        Assert.Empty(await runner.ApplyPendingAsync());
        Assert.Equal(3UL, await db.Client.ScalarAsync<ulong>("SELECT count() FROM log"));
        var status = await runner.GetStatusAsync();
        Assert.All(status, s => Assert.Equal(MigrationState.Applied, s.State));
        Assert.Equal(3UL, await db.Client.ScalarAsync<ulong>("SELECT count() FROM schema_migrations"));
    }

    [Fact]
    public async Task New_files_are_pending_until_applied()
    {
        await using var db = await engine.CreateDatabaseAsync();
        Write("001_create.sql", "CREATE TABLE t (x UInt8) ENGINE = Memory");
        var runner = new MigrationRunner(db.Client, _directory);
        await runner.ApplyPendingAsync();
        Write("002_more.sql", "INSERT INTO t VALUES (1)");

        var status = await runner.GetStatusAsync();
        Assert.Equal([MigrationState.Applied, MigrationState.Pending], status.Select(s => s.State));
        Assert.Equal("002_more.sql", Assert.Single(await runner.ApplyPendingAsync()).Name);
    }

    [Fact]
    public async Task Refuses_when_an_applied_file_changed()
    {
        await using var db = await engine.CreateDatabaseAsync();
        Write("001_create.sql", "CREATE TABLE t (x UInt8) ENGINE = Memory");
        var runner = new MigrationRunner(db.Client, _directory);
        await runner.ApplyPendingAsync();
        Write("001_create.sql", "CREATE TABLE t (x UInt16) ENGINE = Memory");
        Write("002_next.sql", "INSERT INTO t VALUES (1)");

        var error = await Assert.ThrowsAsync<MigrationChecksumMismatchException>(() => runner.ApplyPendingAsync());
        Assert.Contains("001_create.sql", error.Message, StringComparison.Ordinal);
        Assert.Equal(0UL, await db.Client.ScalarAsync<ulong>("SELECT count() FROM t"));
        Assert.Equal(MigrationState.Modified, (await runner.GetStatusAsync())[0].State);
    }

    [Fact]
    public async Task A_failing_statement_names_the_file_and_is_not_recorded()
    {
        await using var db = await engine.CreateDatabaseAsync();
        Write("001_bad.sql", "CREATE TABLE ok (x UInt8) ENGINE = Memory; CREATE TABLE broken (x NoSuchType) ENGINE = Memory");
        var runner = new MigrationRunner(db.Client, _directory);
        var error = await Assert.ThrowsAsync<ClickHouseException>(() => runner.ApplyPendingAsync());
        Assert.Contains("001_bad.sql failed at statement 2 of 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(MigrationState.Pending, Assert.Single(await runner.GetStatusAsync()).State);
    }

    [Fact]
    public async Task Badly_named_files_are_refused()
    {
        await using var db = await engine.CreateDatabaseAsync();
        Write("create.sql", "SELECT 1");
        await Assert.ThrowsAsync<FormatException>(() => new MigrationRunner(db.Client, _directory).ApplyPendingAsync());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void Write(string name, string script) => File.WriteAllText(Path.Combine(_directory, name), script);
}
