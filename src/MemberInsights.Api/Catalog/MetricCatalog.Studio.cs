namespace MemberInsights.Api.Catalog;

/// <summary>Studio classes: defined in the dictionary, not exposed by an API surface yet.</summary>
public static partial class MetricCatalog
{
    /// <summary>Attended bookings over bookings.</summary>
    public static readonly CatalogMetric ClassAttendanceRate = new("class_attendance_rate", "fraction 0-1", "agg_class_daily");

    /// <summary>Bookings neither attended nor cancelled, over bookings.</summary>
    public static readonly CatalogMetric ClassNoShowRate = new("class_no_show_rate", "fraction 0-1", "agg_class_daily");

    /// <summary>Attended places over capacity.</summary>
    public static readonly CatalogMetric ClassUtilisation = new("class_utilisation", "fraction 0-1", "dim_classes");
}
