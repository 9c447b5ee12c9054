using System.Globalization;

namespace MemberInsights.Api.Experiments;

/// <summary>
/// The recommendation for a readout, in order: a sample-ratio mismatch makes every number suspect
/// (INVESTIGATE); a breached guardrail rolls back whatever the metric says (ROLL_BACK); otherwise the
/// metric's significant direction decides (SHIP or ROLL_BACK), and no significance means KEEP_RUNNING.
/// The CUPED-adjusted test is used when it exists: it estimates the same lift with less variance.
/// </summary>
public static class DecisionRules
{
    /// <summary>The decision and its reasons in plain words.</summary>
    public static Decision Decide(ExperimentReadout readout)
    {
        ArgumentNullException.ThrowIfNull(readout);
        var unit = readout.Definition.Unit;
        var name = readout.Definition.DisplayName;
        var reasons = new List<string>();

        if (readout.SampleRatio.Mismatch)
        {
            reasons.Add(Text(
                $"Sample-ratio mismatch: a split of assigned members this uneven has {P(readout.SampleRatio.PValue)} (chi-square {readout.SampleRatio.ChiSquare:0.##}) under the designed 50/50 assignment, so assignment or logging is broken."));
            reasons.Add("Fix the assignment and rerun before reading any lift.");
            return new Decision(Recommendation.Investigate, reasons);
        }

        reasons.Add(Text($"The group sizes match the designed 50/50 split (sample-ratio {P(readout.SampleRatio.PValue)})."));
        var guardrail = readout.Guardrail;
        var guardrailText = Text(
            $"Low-recovery days: {guardrail.ReleaseCandidateRate:0.0%} with the release candidate against {guardrail.BaselineRate:0.0%} with the baseline ({P(guardrail.PValue)}).");
        if (guardrail.Breached)
        {
            reasons.Add("The release candidate significantly raises the share of low-recovery days: the guardrail is breached. " + guardrailText);
            return new Decision(Recommendation.RollBack, reasons);
        }

        var adjusted = readout.Cuped is not null;
        var lift = readout.Cuped?.AbsoluteLift ?? readout.AbsoluteLift;
        var interval = readout.Cuped?.ConfidenceInterval ?? readout.ConfidenceInterval;
        var pValue = readout.Cuped?.PValue ?? readout.PValue;
        var method = adjusted ? "CUPED-adjusted lift" : "lift";
        var relative = readout.RelativeLift is { } r ? Text($" ({r:+0.0%;-0.0%;0.0%} unadjusted)") : "";
        var effect = Text(
            $"{name}: {method} {lift:+0.000;-0.000;0.000} {unit}{relative}, 95% CI [{interval.Low:0.000}, {interval.High:0.000}], {P(pValue)}.");
        reasons.Add(effect);
        reasons.Add("The guardrail holds. " + guardrailText);

        if (pValue >= ReadoutCalculator.Alpha)
        {
            reasons.Add("The confidence interval includes no change: not enough evidence either way yet.");
            return new Decision(Recommendation.KeepRunning, reasons);
        }

        var better = Math.Sign(lift) == readout.Metric.Experiment!.BetterDirection;
        reasons.Add(better
            ? $"The release candidate significantly improves {name.ToLowerInvariant()}."
            : $"The release candidate significantly worsens {name.ToLowerInvariant()}.");
        return new Decision(better ? Recommendation.Ship : Recommendation.RollBack, reasons);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string P(double p) => p < 0.0001 ? "p < 0.0001" : "p = " + p.ToString("0.0000", CultureInfo.InvariantCulture);
}
