namespace MemberInsights.Warehouse.Tables;

/// <summary>One row of dim_locations: a studio location.</summary>
/// <param name="Id">The location id.</param>
/// <param name="Name">Its name.</param>
/// <param name="City">Its city.</param>
/// <param name="Region">Its region.</param>
/// <param name="OpenedDate">When it opened.</param>
public readonly record struct StudioLocation(ushort Id, string Name, string City, string Region, DateOnly OpenedDate);

/// <summary>One row of dim_instructors: an instructor, known by a pseudonymous code.</summary>
/// <param name="Id">The instructor id.</param>
/// <param name="Code">The pseudonymous code.</param>
/// <param name="Specialty">The specialty.</param>
/// <param name="HomeLocationId">The home location.</param>
public readonly record struct Instructor(ushort Id, string Code, string Specialty, ushort HomeLocationId);

/// <summary>One row of dim_classes: a scheduled class.</summary>
/// <param name="Id">The class id.</param>
/// <param name="Date">Its date.</param>
/// <param name="StartsAt">When it starts (UTC).</param>
/// <param name="LocationId">Where.</param>
/// <param name="InstructorId">Who teaches it.</param>
/// <param name="ClassType">spin, hiit, yoga, strength, pilates or run_club.</param>
/// <param name="DurationMinutes">Its length.</param>
/// <param name="Capacity">Its places.</param>
public readonly record struct ScheduledClass(
    uint Id, DateOnly Date, DateTime StartsAt, ushort LocationId, ushort InstructorId, string ClassType, ushort DurationMinutes, ushort Capacity);

/// <summary>One row of fct_class_attendance: a booking of a class and its outcome.</summary>
/// <param name="BookingId">The booking's id.</param>
/// <param name="Class">The class booked.</param>
/// <param name="MemberId">The member.</param>
/// <param name="Status">attended, no_show or cancelled.</param>
/// <param name="BookedAt">When it was booked (UTC).</param>
public readonly record struct ClassBookingRow(Guid BookingId, ScheduledClass Class, uint MemberId, string Status, DateTime BookedAt);
