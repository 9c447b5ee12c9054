namespace MemberInsights.Warehouse.Loading;

/// <summary>
/// Splits a load into batches, skipping what earlier loads covered. Coverage is per day: the highest
/// member id already generated for that day (loads always generate members 1..N). Days with equal coverage
/// are grouped so each insert holds about <c>memberDaysPerBatch</c> member-days (bigger inserts run faster).
/// </summary>
public static class LoadBatchPlanner
{
    /// <summary>Plans batches for members 1..<paramref name="members"/> over the days from <paramref name="firstDay"/>.</summary>
    /// <param name="firstDay">First day of the load.</param>
    /// <param name="days">Number of days.</param>
    /// <param name="members">Members 1..N to generate.</param>
    /// <param name="coveredThrough">Per day, the highest member id already loaded (absent: none).</param>
    /// <param name="memberDaysPerBatch">Target size of one batch.</param>
    public static IReadOnlyList<LoadBatch> Plan(DateOnly firstDay, int days, uint members, IReadOnlyDictionary<DateOnly, uint> coveredThrough, long memberDaysPerBatch)
    {
        ArgumentNullException.ThrowIfNull(coveredThrough);
        ArgumentOutOfRangeException.ThrowIfLessThan(memberDaysPerBatch, 1);
        var batches = new List<LoadBatch>();
        var day = 0;
        while (day < days)
        {
            var start = firstDay.AddDays(day);
            var from = coveredThrough.GetValueOrDefault(start) + 1;
            if (from > members)
            {
                day++;
                continue;
            }

            var blockMembers = Math.Min(members - from + 1, (uint)Math.Min(memberDaysPerBatch, uint.MaxValue));
            var maxDays = (int)Math.Max(1, memberDaysPerBatch / blockMembers);
            var run = 1;
            while (run < maxDays && day + run < days && coveredThrough.GetValueOrDefault(start.AddDays(run)) + 1 == from)
            {
                run++;
            }

            for (var memberFrom = from; memberFrom <= members; memberFrom += blockMembers)
            {
                var memberTo = (uint)Math.Min(members, (long)memberFrom + blockMembers - 1);
                batches.Add(new LoadBatch(start, run, memberFrom, memberTo));
            }

            day += run;
        }

        return batches;
    }
}
