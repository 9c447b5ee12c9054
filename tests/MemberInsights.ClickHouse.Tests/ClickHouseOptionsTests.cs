namespace MemberInsights.ClickHouse.Tests;

public sealed class ClickHouseOptionsTests
{
    [Fact]
    public void Environment_selects_the_server_and_its_credentials()
    {
        string[] names = ["CLICKHOUSE_URL", "CLICKHOUSE_USER", "CLICKHOUSE_PASSWORD", "CLICKHOUSE_DATABASE", "CLICKHOUSE_DATA_PATH"];
        var saved = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var name in names)
            {
                Environment.SetEnvironmentVariable(name, null);
            }

            var embedded = ClickHouseOptions.FromEnvironment();
            Assert.Null(embedded.ServerUrl);
            Assert.Equal(("default", "", "default", "data/clickhouse"), (embedded.User, embedded.Password, embedded.Database, embedded.DataPath));

            Environment.SetEnvironmentVariable("CLICKHOUSE_URL", "http://clickhouse:8123");
            Environment.SetEnvironmentVariable("CLICKHOUSE_USER", "api");
            Environment.SetEnvironmentVariable("CLICKHOUSE_PASSWORD", "pw");
            Environment.SetEnvironmentVariable("CLICKHOUSE_DATABASE", "insights");
            Environment.SetEnvironmentVariable("CLICKHOUSE_DATA_PATH", "/var/lib/insights");
            var server = ClickHouseOptions.FromEnvironment();
            Assert.Equal(("http://clickhouse:8123", "api", "pw", "insights", "/var/lib/insights"), (server.ServerUrl, server.User, server.Password, server.Database, server.DataPath));
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    [Fact]
    public void Data_path_is_normalized_and_defaults_apply()
    {
        var options = new ClickHouseOptions { DataPath = "/tmp/x/../ch-data/" };
        Assert.Equal("/tmp/ch-data", options.NormalizedDataPath);
        Assert.Equal(TimeSpan.FromSeconds(30), options.EffectiveQueryTimeout);
        Assert.Equal(2 * Environment.ProcessorCount, options.EffectivePoolSize);
    }

    [Fact]
    public void A_server_url_must_be_http()
    {
        var error = Assert.Throws<ArgumentException>(() => ClickHouseClient.Create(new ClickHouseOptions { ServerUrl = "clickhouse:9000" }));
        Assert.Contains("http", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Statement_kind_decides_what_may_be_retried()
    {
        Assert.True(Transport.StatementKind.IsReadOnly("  -- comment\n/* c */ (SELECT 1)"));
        Assert.True(Transport.StatementKind.IsReadOnly("with x as (select 1) select * from x"));
        Assert.True(Transport.StatementKind.IsReadOnly("SHOW TABLES"));
        Assert.False(Transport.StatementKind.IsReadOnly("INSERT INTO t SELECT 1"));
        Assert.False(Transport.StatementKind.IsReadOnly("CREATE TABLE t (x UInt8) ENGINE = Memory"));
        Assert.False(Transport.StatementKind.IsReadOnly("SELECTED"));
    }
}
