using System.Reflection;
using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Tables;
using MemberInsights.Warehouse.Tests.Support;

namespace MemberInsights.Warehouse.Tests;

[Collection(EmbeddedWarehouseCollection.Name)]
public sealed class TableDescriptorTests(EmbeddedWarehouseFixture engine)
{
    public static TheoryData<string> Descriptors() => [.. typeof(WarehouseTables).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Descriptors))]
    public async Task Each_descriptor_names_columns_of_its_table_with_the_types_the_ddl_gives_them(string property)
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        var descriptor = typeof(WarehouseTables).GetProperty(property)!.GetValue(null)!;
        var name = (string)descriptor.GetType().GetProperty("Name")!.GetValue(descriptor)!;
        var columns = (IReadOnlyList<ColumnDefinition>)descriptor.GetType().GetProperty("Columns")!.GetValue(descriptor)!;

        var ddl = (await warehouse.Client.QueryListAsync(
            "SELECT name, type, default_kind FROM system.columns WHERE database = currentDatabase() AND table = {table:String} ORDER BY position",
            r => (Name: r.GetString(0), Type: r.GetString(1), Default: r.GetString(2)), new QueryParameters().Add("table", name))).ToList();

        Assert.NotEmpty(ddl);
        Assert.Equal(ddl.Where(c => c.Default is not ("MATERIALIZED" or "ALIAS")).Select(c => (c.Name, c.Type)), columns.Select(c => (c.Name, c.Type)));
    }
}
