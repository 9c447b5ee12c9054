using MemberInsights.ClickHouse;

namespace MemberInsights.Warehouse.Loading;

/// <summary>The INSERT column lists of the tables the warehouse writes, in write order (see clickhouse/*.sql).</summary>
public static class WarehouseColumns
{
    /// <summary>stg_member_events (event_date is MATERIALIZED from event_time; text columns are String since migration 011).</summary>
    public static IReadOnlyList<ColumnDefinition> MemberEvents { get; } =
    [
        new("event_id", "UUID"), new("member_id", "UInt32"), new("event_time", "DateTime64(3, 'UTC')"),
        new("event_type", "String"), new("value", "Float32"), new("duration_minutes", "UInt16"),
        new("cohort_month", "Date"), new("plan_type", "String"), new("goal", "String"),
        new("acquisition_channel", "String"), new("source", "String"),
    ];

    /// <summary>fct_class_attendance.</summary>
    public static IReadOnlyList<ColumnDefinition> ClassAttendance { get; } =
    [
        new("booking_id", "UUID"), new("class_id", "UInt32"), new("member_id", "UInt32"), new("class_date", "Date"),
        new("location_id", "UInt16"), new("instructor_id", "UInt16"), new("class_type", "LowCardinality(String)"),
        new("status", "LowCardinality(String)"), new("booked_at", "DateTime('UTC')"),
    ];

    /// <summary>dim_members.</summary>
    public static IReadOnlyList<ColumnDefinition> Members { get; } =
    [
        new("member_id", "UInt32"), new("cohort_month", "Date"), new("joined_date", "Date"), new("plan_type", "LowCardinality(String)"),
        new("goal", "LowCardinality(String)"), new("acquisition_channel", "LowCardinality(String)"), new("status", "LowCardinality(String)"),
        new("churned_date", "Nullable(Date)"), new("reactivated_date", "Nullable(Date)"), new("home_location_id", "UInt16"),
        new("age_band", "LowCardinality(String)"), new("device_model", "LowCardinality(String)"), new("updated_at", "DateTime('UTC')"),
    ];

    /// <summary>dim_experiment_assignments.</summary>
    public static IReadOnlyList<ColumnDefinition> ExperimentAssignments { get; } =
    [
        new("experiment_name", "LowCardinality(String)"), new("member_id", "UInt32"), new("variant", "LowCardinality(String)"), new("assigned_date", "Date"),
    ];

    /// <summary>dim_locations.</summary>
    public static IReadOnlyList<ColumnDefinition> Locations { get; } =
    [
        new("location_id", "UInt16"), new("name", "String"), new("city", "LowCardinality(String)"), new("region", "LowCardinality(String)"), new("opened_date", "Date"),
    ];

    /// <summary>dim_instructors.</summary>
    public static IReadOnlyList<ColumnDefinition> Instructors { get; } =
    [
        new("instructor_id", "UInt16"), new("instructor_code", "String"), new("specialty", "LowCardinality(String)"), new("home_location_id", "UInt16"),
    ];

    /// <summary>dim_classes.</summary>
    public static IReadOnlyList<ColumnDefinition> Classes { get; } =
    [
        new("class_id", "UInt32"), new("class_date", "Date"), new("starts_at", "DateTime('UTC')"), new("location_id", "UInt16"),
        new("instructor_id", "UInt16"), new("class_type", "LowCardinality(String)"), new("duration_minutes", "UInt16"), new("capacity", "UInt16"),
    ];
}
