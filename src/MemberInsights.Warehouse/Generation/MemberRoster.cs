using Bogus;

namespace MemberInsights.Warehouse.Generation;

/// <summary>
/// Creates member profiles with Bogus, seeded per member so a member's attributes depend only on
/// (seed, member id): members join month by month with growth, and some churn and come back.
/// </summary>
public sealed class MemberRoster
{
    /// <summary>Studio locations members are spread over.</summary>
    public const int LocationCount = 40;

    private static readonly string[] Plans = ["monthly", "annual", "student", "family", "corporate"];
    private static readonly float[] PlanWeights = [0.46f, 0.27f, 0.09f, 0.10f, 0.08f];
    private static readonly string[] Goals = ["sleep", "recovery", "performance", "weight_loss", "stress"];
    private static readonly float[] GoalWeights = [0.22f, 0.18f, 0.28f, 0.20f, 0.12f];
    private static readonly string[] Channels = ["organic", "paid_social", "referral", "partner", "podcast", "retail"];
    private static readonly float[] ChannelWeights = [0.30f, 0.24f, 0.18f, 0.12f, 0.09f, 0.07f];
    private static readonly string[] AgeBands = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"];
    private static readonly float[] AgeWeights = [0.12f, 0.34f, 0.27f, 0.15f, 0.08f, 0.04f];
    private static readonly string[] Devices = ["band_4", "band_5", "band_5_pro"];
    private static readonly float[] DeviceWeights = [0.25f, 0.55f, 0.20f];

    private const double GrowthRate = 1.6;
    private readonly GeneratorOptions _options;

    /// <summary>Creates a roster for the options' seed and calendar.</summary>
    public MemberRoster(GeneratorOptions options) => _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The profile of one member.</summary>
    public MemberProfile Create(uint memberId)
    {
        var random = new Randomizer(unchecked((int)SplitMixRandom.Mix(_options.Seed * 0x9E3779B97F4A7C15UL ^ memberId)));

        // Joins grow over the company's history: inverse CDF of an exponential ramp.
        var u = random.Double();
        var position = Math.Log(1 + (u * (Math.Exp(GrowthRate) - 1))) / GrowthRate;
        var joined = _options.LaunchDate.AddDays((int)(position * GeneratorOptions.HistoryDays));

        var plan = random.WeightedRandom(Plans, PlanWeights);
        var channel = random.WeightedRandom(Channels, ChannelWeights);
        var (churned, reactivated) = ChurnHistory(random, joined, plan, channel);

        return new MemberProfile
        {
            MemberId = memberId,
            JoinedDate = joined,
            PlanType = plan,
            Goal = random.WeightedRandom(Goals, GoalWeights),
            AcquisitionChannel = channel,
            ChurnedDate = churned,
            ReactivatedDate = reactivated,
            HomeLocationId = (ushort)(1 + random.Number(0, LocationCount - 1)),
            AgeBand = random.WeightedRandom(AgeBands, AgeWeights),
            DeviceModel = random.WeightedRandom(Devices, DeviceWeights),
            BaselineRestingHeartRate = 52 + (random.Double() * 20),
            SleepNeedHours = 6.6 + (random.Double() * 1.6),
            WearProbability = 0.70 + (random.Double() * 0.28),
            SessionRate = 0.4 + (random.Double() * 2.2),
            WorkoutProbability = 0.15 + (random.Double() * 0.5),
            StudioBookingProbability = random.Bool(0.35f) ? 0.02 + (random.Double() * 0.10) : 0,
        };
    }

    // Monthly churn hazard: annual plans churn least, paid social most; a quarter of leavers come back.
    private (DateOnly? Churned, DateOnly? Reactivated) ChurnHistory(Randomizer random, DateOnly joined, string plan, string channel)
    {
        var hazard = plan switch { "annual" => 0.012, "corporate" => 0.018, "family" => 0.022, "student" => 0.05, _ => 0.035 };
        hazard *= channel switch { "paid_social" => 1.5, "referral" => 0.7, _ => 1.0 };
        var months = (int)Math.Floor(Math.Log(1 - random.Double()) / Math.Log(1 - hazard));
        var churned = joined.AddDays((months * 30) + random.Number(1, 29));
        if (churned > _options.EndDate)
        {
            return (null, null);
        }

        if (!random.Bool(0.25f))
        {
            return (churned, null);
        }

        var back = churned.AddDays(random.Number(30, 200));
        return (churned, back > _options.EndDate ? null : back);
    }
}
