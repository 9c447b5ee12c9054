using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemberInsights.ClickHouse.Migrations;

/// <summary>
/// Applies <c>NNN_description.sql</c> files in numeric order and records each one (version, name,
/// SHA-256 checksum, applied_at) in <c>schema_migrations</c> in the client's database. Running it
/// again applies only new files; it refuses to run when an applied file has changed. A file that
/// fails part-way is not recorded, so write statements that can run twice (IF NOT EXISTS).
/// </summary>
public sealed class MigrationRunner
{
    private const string HistoryTable = "schema_migrations";
    private readonly ClickHouseClient _client;
    private readonly string _directory;
    private readonly ILogger _logger;

    /// <summary>Creates a runner for the files in <paramref name="migrationsDirectory"/>.</summary>
    public MigrationRunner(ClickHouseClient client, string migrationsDirectory, ILogger? logger = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _directory = migrationsDirectory ?? throw new ArgumentNullException(nameof(migrationsDirectory));
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Applies every pending migration in order and returns what was applied.</summary>
    /// <exception cref="MigrationChecksumMismatchException">An applied file was changed.</exception>
    public async Task<IReadOnlyList<AppliedMigration>> ApplyPendingAsync(CancellationToken ct = default)
    {
        var files = MigrationFile.Discover(_directory);
        await EnsureHistoryTableAsync(ct).ConfigureAwait(false);
        var history = await ReadHistoryAsync(ct).ConfigureAwait(false);
        var changed = files.Where(f => history.TryGetValue(f.Version, out var h) && h.Checksum != f.Checksum).Select(f => f.Name).ToList();
        if (changed.Count > 0)
        {
            throw new MigrationChecksumMismatchException(changed);
        }

        foreach (var missing in history.Values.Where(h => files.All(f => f.Version != h.Version)))
        {
            _logger.LogWarning("Migration {Version} ({Name}) was applied but its file is no longer in {Directory}", missing.Version, missing.Name, _directory);
        }

        var applied = new List<AppliedMigration>();
        foreach (var file in files.Where(f => !history.ContainsKey(f.Version)))
        {
            applied.Add(await ApplyAsync(file, ct).ConfigureAwait(false));
        }

        _logger.LogInformation(
            "Migrations in {Directory}: {Applied} applied now, {Total} in total",
            _directory,
            applied.Count,
            files.Count);
        return applied;
    }

    /// <summary>The state of every migration file and every recorded migration, by version.</summary>
    public async Task<IReadOnlyList<MigrationStatus>> GetStatusAsync(CancellationToken ct = default)
    {
        var files = MigrationFile.Discover(_directory);
        await EnsureHistoryTableAsync(ct).ConfigureAwait(false);
        var history = await ReadHistoryAsync(ct).ConfigureAwait(false);
        var statuses = files.Select(f => history.TryGetValue(f.Version, out var h)
                ? new MigrationStatus(f.Version, f.Name, h.Checksum == f.Checksum ? MigrationState.Applied : MigrationState.Modified, h.AppliedAt)
                : new MigrationStatus(f.Version, f.Name, MigrationState.Pending, null))
            .Concat(history.Values.Where(h => files.All(f => f.Version != h.Version))
                .Select(h => new MigrationStatus(h.Version, h.Name, MigrationState.Missing, h.AppliedAt)));
        return statuses.OrderBy(s => s.Version).ToList();
    }

    private async Task<AppliedMigration> ApplyAsync(MigrationFile file, CancellationToken ct)
    {
        var statements = SqlScriptSplitter.Split(file.Script);
        _logger.LogInformation("Applying migration {Name} ({Count} statements)", file.Name, statements.Count);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < statements.Count; i++)
        {
            try
            {
                await _client.ExecuteAsync(statements[i], ct: ct).ConfigureAwait(false);
            }
            catch (ClickHouseException e)
            {
                _logger.LogError(e, "Migration {Name} failed at statement {Index} of {Count}", file.Name, i + 1, statements.Count);
                throw new ClickHouseException(e.ErrorCode, e.ErrorName, $"Migration {file.Name} failed at statement {i + 1} of {statements.Count}: {e.Message}", e);
            }
        }

        await _client.ExecuteAsync(
            $"INSERT INTO {HistoryTable} (version, name, checksum, applied_at) SELECT {{version:UInt32}}, {{name:String}}, {{checksum:String}}, now64(3)",
            new QueryParameters().Add("version", file.Version).Add("name", file.Name).Add("checksum", file.Checksum),
            ct: ct).ConfigureAwait(false);
        _logger.LogInformation("Applied migration {Name} in {Elapsed} ms", file.Name, stopwatch.ElapsedMilliseconds);
        return new AppliedMigration(file.Version, file.Name, file.Checksum, statements.Count, stopwatch.Elapsed);
    }

    private Task EnsureHistoryTableAsync(CancellationToken ct) => _client.ExecuteAsync(
        $"CREATE TABLE IF NOT EXISTS {HistoryTable} (version UInt32, name String, checksum String, applied_at DateTime64(3, 'UTC')) " +
        "ENGINE = MergeTree ORDER BY version COMMENT 'grain: one row per applied migration'",
        ct: ct);

    private async Task<Dictionary<int, HistoryRow>> ReadHistoryAsync(CancellationToken ct)
    {
        var rows = await _client.QueryListAsync(
            $"SELECT version, name, checksum, applied_at FROM {HistoryTable} ORDER BY version",
            r => new HistoryRow((int)r.Get<uint>(0), r.GetString(1), r.GetString(2), r.GetDateTime(3)),
            ct: ct).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Version);
    }

    private sealed record HistoryRow(int Version, string Name, string Checksum, DateTime AppliedAt);
}
