using MemberInsights.ClickHouse.Formats;

namespace MemberInsights.Warehouse.Tables;

/// <summary>
/// Every table the warehouse writes, as the code writes it: column, ClickHouse type (as in clickhouse/*.sql) and value,
/// in write order. Every writer (generator, loader, ingest, run log) appends rows through these descriptors.
/// </summary>
public static class WarehouseTables
{
    private const string Utc = "DateTime('UTC')";
    private const string UtcMillis = "DateTime64(3, 'UTC')";
    private const string Label = "LowCardinality(String)";

    /// <summary>stg_member_events; text columns are String since migration 011 (RowBinary into LowCardinality cost 3.5x).</summary>
    public static TableDescriptor<MemberEventRow> MemberEvents { get; } = TableDescriptor<MemberEventRow>.For("stg_member_events")
        .Uuid("event_id", (in r) => r.EventId)
        .UInt32("member_id", (in r) => r.MemberId)
        .DateTime("event_time", UtcMillis, (in r) => r.EventTime)
        .String("event_type", (in r) => r.EventType)
        .Float32("value", (in r) => r.Value)
        .UInt16("duration_minutes", (in r) => r.DurationMinutes)
        .Date("cohort_month", (in r) => r.Segment.CohortMonth)
        .String("plan_type", (in r) => r.Segment.PlanType)
        .String("goal", (in r) => r.Segment.Goal)
        .String("acquisition_channel", (in r) => r.Segment.AcquisitionChannel)
        .String("source", (in r) => r.Source)
        .Build();

    /// <summary>fct_class_attendance.</summary>
    public static TableDescriptor<ClassBookingRow> ClassAttendance { get; } = TableDescriptor<ClassBookingRow>.For("fct_class_attendance")
        .Uuid("booking_id", (in r) => r.BookingId)
        .UInt32("class_id", (in r) => r.Class.Id)
        .UInt32("member_id", (in r) => r.MemberId)
        .Date("class_date", (in r) => r.Class.Date)
        .UInt16("location_id", (in r) => r.Class.LocationId)
        .UInt16("instructor_id", (in r) => r.Class.InstructorId)
        .String("class_type", (in r) => r.Class.ClassType, Label)
        .String("status", (in r) => r.Status, Label)
        .DateTime("booked_at", Utc, (in r) => r.BookedAt)
        .Build();

    /// <summary>dim_members.</summary>
    public static TableDescriptor<MemberRow> Members { get; } = TableDescriptor<MemberRow>.For("dim_members")
        .UInt32("member_id", (in r) => r.MemberId)
        .Date("cohort_month", (in r) => r.Segment.CohortMonth)
        .Date("joined_date", (in r) => r.JoinedDate)
        .String("plan_type", (in r) => r.Segment.PlanType, Label)
        .String("goal", (in r) => r.Segment.Goal, Label)
        .String("acquisition_channel", (in r) => r.Segment.AcquisitionChannel, Label)
        .String("status", (in r) => r.Status, Label)
        .Date("churned_date", (in r) => r.ChurnedDate, "Nullable(Date)")
        .Date("reactivated_date", (in r) => r.ReactivatedDate, "Nullable(Date)")
        .UInt16("home_location_id", (in r) => r.HomeLocationId)
        .String("age_band", (in r) => r.AgeBand, Label)
        .String("device_model", (in r) => r.DeviceModel, Label)
        .DateTime("updated_at", Utc, (in r) => r.UpdatedAt)
        .Build();

    /// <summary>dim_experiment_assignments.</summary>
    public static TableDescriptor<AssignmentRow> ExperimentAssignments { get; } = TableDescriptor<AssignmentRow>.For("dim_experiment_assignments")
        .String("experiment_name", (in r) => r.ExperimentName, Label)
        .UInt32("member_id", (in r) => r.MemberId)
        .String("variant", (in r) => r.Variant, Label)
        .Date("assigned_date", (in r) => r.AssignedDate)
        .Build();

    /// <summary>dim_locations.</summary>
    public static TableDescriptor<StudioLocation> Locations { get; } = TableDescriptor<StudioLocation>.For("dim_locations")
        .UInt16("location_id", (in r) => r.Id)
        .String("name", (in r) => r.Name)
        .String("city", (in r) => r.City, Label)
        .String("region", (in r) => r.Region, Label)
        .Date("opened_date", (in r) => r.OpenedDate)
        .Build();

    /// <summary>dim_instructors.</summary>
    public static TableDescriptor<Instructor> Instructors { get; } = TableDescriptor<Instructor>.For("dim_instructors")
        .UInt16("instructor_id", (in r) => r.Id)
        .String("instructor_code", (in r) => r.Code)
        .String("specialty", (in r) => r.Specialty, Label)
        .UInt16("home_location_id", (in r) => r.HomeLocationId)
        .Build();

    /// <summary>dim_classes.</summary>
    public static TableDescriptor<ScheduledClass> Classes { get; } = TableDescriptor<ScheduledClass>.For("dim_classes")
        .UInt32("class_id", (in r) => r.Id)
        .Date("class_date", (in r) => r.Date)
        .DateTime("starts_at", Utc, (in r) => r.StartsAt)
        .UInt16("location_id", (in r) => r.LocationId)
        .UInt16("instructor_id", (in r) => r.InstructorId)
        .String("class_type", (in r) => r.ClassType, Label)
        .UInt16("duration_minutes", (in r) => r.DurationMinutes)
        .UInt16("capacity", (in r) => r.Capacity)
        .Build();

    /// <summary>quarantine.</summary>
    public static TableDescriptor<QuarantineRow> Quarantine { get; } = TableDescriptor<QuarantineRow>.For("quarantine")
        .Uuid("run_id", (in r) => r.RunId)
        .String("source_file", (in r) => r.SourceFile)
        .UInt64("line_number", (in r) => r.LineNumber)
        .String("original_line", (in r) => r.OriginalLine)
        .String("reason", (in r) => r.Reason)
        .DateTime("quarantined_at", UtcMillis, (in r) => r.QuarantinedAt)
        .Build();

    /// <summary>load_batches.</summary>
    public static TableDescriptor<LoadBatchRow> LoadBatches { get; } = TableDescriptor<LoadBatchRow>.For("load_batches")
        .UInt64("seed", (in r) => r.Seed)
        .Date("event_date", (in r) => r.EventDate)
        .UInt32("member_from", (in r) => r.MemberFrom)
        .UInt32("member_to", (in r) => r.MemberTo)
        .UInt64("events", (in r) => r.Events)
        .Uuid("run_id", (in r) => r.RunId)
        .DateTime("loaded_at", UtcMillis, (in r) => r.LoadedAt)
        .Build();

    /// <summary>pipeline_run_log.</summary>
    public static TableDescriptor<RunStepRecord> PipelineRunLog { get; } = TableDescriptor<RunStepRecord>.For("pipeline_run_log")
        .Uuid("run_id", (in r) => r.RunId)
        .String("run_kind", (in r) => r.RunKind, Label)
        .String("step", (in r) => r.Step)
        .DateTime("started_at", UtcMillis, (in r) => r.StartedAt)
        .DateTime("finished_at", UtcMillis, (in r) => r.FinishedAt)
        .UInt64("rows_in", (in r) => r.RowsIn)
        .UInt64("rows_out", (in r) => r.RowsOut)
        .UInt64("rows_rejected", (in r) => r.RowsRejected)
        .UInt64("duration_ms", (in r) => (ulong)Math.Max(0, r.Duration.TotalMilliseconds))
        .String("status", (in r) => r.Status, Label)
        .String("error", (in r) => r.Error)
        .String("check_name", (in r) => r.CheckName)
        .Bool("check_passed", (in r) => r.CheckPassed, "Nullable(Bool)")
        .String("details", (in r) => r.Details)
        .Build();
}
