namespace MemberInsights.Loader.Cli;

/// <summary>The help text.</summary>
internal static class Usage
{
    public const string Text = """
        Member Insights loader: creates the warehouse, loads generated data, ingests event exports.

        Usage: loader <command> [options]

        Commands:
          migrate                 apply pending DDL migrations (clickhouse/NNN_*.sql)
          load                    migrate, then generate and load members, telemetry and studio data
            --preset tiny|demo|large   size (default demo: 10,000 members over 730 days)
            --members N --days N --seed N   override the preset (same seed + range = same rows)
            --if-empty              do nothing when the warehouse already holds events
          ingest <file>           load an NDJSON or CSV event export; bad rows go to quarantine
          check                   run the data-quality checks and record them in pipeline_run_log
          status                  migrations, row counts and the last runs

        Options for every command:
          --data-path DIR         embedded data directory (default CLICKHOUSE_DATA_PATH or data/clickhouse)

        Environment: CLICKHOUSE_URL selects a ClickHouse server (e.g. http://localhost:8123) instead of the
        embedded engine; CLICKHOUSE_USER, CLICKHOUSE_PASSWORD, CLICKHOUSE_DATABASE, CLICKHOUSE_DATA_PATH.

        Exit codes: 0 success, 1 failure, 2 usage error, 3 data directory in use by another process,
        4 data-quality checks failed.
        """;
}
