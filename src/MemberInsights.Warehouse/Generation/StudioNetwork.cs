using MemberInsights.Warehouse.Tables;

namespace MemberInsights.Warehouse.Generation;

/// <summary>
/// The studio estate: fixed locations, three instructors per location, and a daily timetable of six
/// classes per location. Everything is a pure function of ids and the date.
/// </summary>
public static class StudioNetwork
{
    /// <summary>Class slots per location per day.</summary>
    public const int SlotsPerDay = 6;

    /// <summary>Instructors per location.</summary>
    public const int InstructorsPerLocation = 3;

    private static readonly string[] Cities = ["Boston", "Denver", "Austin", "Seattle", "Chicago", "Atlanta", "Portland", "Miami"];
    private static readonly string[] Regions = ["east", "west", "south", "west", "central", "south", "west", "south"];
    private static readonly string[] Neighbourhoods = ["Harbor", "Old Town", "Riverside", "Midtown", "Hillside"];
    private static readonly string[] ClassTypes = ["spin", "hiit", "yoga", "strength", "pilates", "run_club"];
    private static readonly int[] SlotHours = [6, 7, 12, 17, 18, 19];
    private static readonly ushort[] Capacities = [24, 20, 28, 18, 16, 30];
    private static readonly string[] Specialties = ["cycling", "conditioning", "mobility"];

    /// <summary>Every location.</summary>
    public static IEnumerable<StudioLocation> Locations(DateOnly launchDate)
    {
        for (var i = 1; i <= MemberRoster.LocationCount; i++)
        {
            var city = (i - 1) % Cities.Length;
            yield return new StudioLocation((ushort)i, $"{Cities[city]} {Neighbourhoods[(i - 1) / Cities.Length % Neighbourhoods.Length]}",
                Cities[city], Regions[city], launchDate.AddDays((i - 1) * 9));
        }
    }

    /// <summary>Every instructor.</summary>
    public static IEnumerable<Instructor> Instructors()
    {
        for (var location = 1; location <= MemberRoster.LocationCount; location++)
        {
            for (var k = 0; k < InstructorsPerLocation; k++)
            {
                var id = (ushort)(((location - 1) * InstructorsPerLocation) + k + 1);
                yield return new Instructor(id, $"INS-{id:D4}", Specialties[k], (ushort)location);
            }
        }
    }

    /// <summary>The class in a slot at a location on a date.</summary>
    public static ScheduledClass ClassAt(DateOnly date, ushort locationId, int slot)
    {
        var dayNumber = (uint)date.DayNumber;
        var instructor = (ushort)(((locationId - 1) * InstructorsPerLocation) + ((slot + (int)date.DayOfWeek) % InstructorsPerLocation) + 1);
        var id = (dayNumber * (uint)(MemberRoster.LocationCount * SlotsPerDay)) + (uint)((locationId - 1) * SlotsPerDay) + (uint)slot;
        return new ScheduledClass(id, date, date.ToDateTime(new TimeOnly(SlotHours[slot], 0), DateTimeKind.Utc), locationId, instructor,
            ClassTypes[slot], (ushort)(slot == 2 ? 60 : 45), Capacities[slot]);
    }

    /// <summary>Every class on a date.</summary>
    public static IEnumerable<ScheduledClass> ClassesOn(DateOnly date)
    {
        for (var location = 1; location <= MemberRoster.LocationCount; location++)
        {
            for (var slot = 0; slot < SlotsPerDay; slot++)
            {
                yield return ClassAt(date, (ushort)location, slot);
            }
        }
    }
}
