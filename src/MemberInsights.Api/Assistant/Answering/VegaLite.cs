using System.Text.Json;
using System.Text.Json.Nodes;

namespace MemberInsights.Api.Assistant.Answering;

/// <summary>Vega-Lite v5 chart specifications: a line for series, a heatmap for the retention matrix, bars for readout groups.</summary>
public static class VegaLite
{
    /// <summary>The Vega-Lite v5 schema URL.</summary>
    public const string Schema = "https://vega.github.io/schema/vega-lite/v5.json";

    /// <summary>A line chart of <c>{date, value}</c> rows.</summary>
    public static JsonElement Line(string title, string valueTitle, IEnumerable<(DateOnly Date, double? Value)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var values = new JsonArray([.. points.Select(p => new JsonObject { ["date"] = Wording.Day(p.Date), ["value"] = p.Value })]);
        return Spec(title, values, new JsonObject { ["type"] = "line", ["point"] = true }, new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "date", ["type"] = "temporal", ["title"] = "Date" },
            ["y"] = new JsonObject { ["field"] = "value", ["type"] = "quantitative", ["title"] = valueTitle },
        });
    }

    /// <summary>A heatmap of cohort month against months since joining, coloured by rate.</summary>
    public static JsonElement Heatmap(string title, IEnumerable<(DateOnly Cohort, int MonthsSinceJoin, double Rate)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var values = new JsonArray([.. cells.Select(c => new JsonObject
        {
            ["cohortMonth"] = c.Cohort.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            ["monthsSinceJoin"] = c.MonthsSinceJoin,
            ["rate"] = c.Rate,
        })]);
        return Spec(title, values, new JsonObject { ["type"] = "rect" }, new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "monthsSinceJoin", ["type"] = "ordinal", ["title"] = "Months since joining" },
            ["y"] = new JsonObject { ["field"] = "cohortMonth", ["type"] = "ordinal", ["title"] = "Cohort" },
            ["color"] = new JsonObject { ["field"] = "rate", ["type"] = "quantitative", ["title"] = "Retained", ["legend"] = new JsonObject { ["format"] = ".0%" } },
        });
    }

    /// <summary>A bar per group with its value.</summary>
    public static JsonElement Bars(string title, string valueTitle, IEnumerable<(string Group, double Value)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var values = new JsonArray([.. bars.Select(b => new JsonObject { ["group"] = b.Group, ["value"] = b.Value })]);
        return Spec(title, values, new JsonObject { ["type"] = "bar" }, new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "group", ["type"] = "nominal", ["title"] = "Group" },
            ["y"] = new JsonObject { ["field"] = "value", ["type"] = "quantitative", ["title"] = valueTitle },
        });
    }

    private static JsonElement Spec(string title, JsonArray values, JsonObject mark, JsonObject encoding) =>
        JsonSerializer.SerializeToElement(new JsonObject
        {
            ["$schema"] = Schema,
            ["title"] = title,
            ["data"] = new JsonObject { ["values"] = values },
            ["mark"] = mark,
            ["encoding"] = encoding,
        });
}
