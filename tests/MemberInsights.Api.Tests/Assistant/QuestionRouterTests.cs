using MemberInsights.Api.Assistant.Routing;

namespace MemberInsights.Api.Tests.Assistant;

/// <summary>The router's parts one by one, with the as-of date fixed at 2026-10-31 (a Saturday).</summary>
public sealed class QuestionRouterTests
{
    [Theory]
    [InlineData("recovery in the last 30 days", "2026-10-02", "2026-10-31")]
    [InlineData("recovery last week", "2026-10-19", "2026-10-25")]
    [InlineData("recovery in the past week", "2026-10-25", "2026-10-31")]
    [InlineData("recovery last month", "2026-09-01", "2026-09-30")]
    [InlineData("recovery this month", "2026-10-01", "2026-10-31")]
    [InlineData("recovery year to date", "2026-01-01", "2026-10-31")]
    [InlineData("recovery last year", "2025-01-01", "2025-12-31")]
    [InlineData("recovery in Q4", "2026-10-01", "2026-10-31")]
    [InlineData("recovery in December", "2025-12-01", "2025-12-31")]
    [InlineData("recovery from November to February", "2025-11-01", "2026-02-28")]
    [InlineData("recovery from October to January", "2025-10-01", "2026-01-31")]
    [InlineData("recovery between 2026-02-03 and 2026-02-10", "2026-02-03", "2026-02-10")]
    [InlineData("recovery since 2026-10-20", "2026-10-20", "2026-10-31")]
    [InlineData("recovery today", "2026-10-31", "2026-10-31")]
    [InlineData("recovery over the last two months", "2026-09-01", "2026-10-31")]
    public void Relative_dates_resolve_against_the_as_of_date(string question, string from, string to)
    {
        var call = Routed(question);

        Assert.Equal(from, call.Arguments().Single(a => a.Name == "range.from").Value);
        Assert.Equal(to, call.Arguments().Single(a => a.Name == "range.to").Value);
    }

    [Fact]
    public void Metric_words_come_from_the_dictionary_not_from_the_router()
    {
        var renamed = VocabularyFixture.Vocabulary with
        {
            Metrics = [.. VocabularyFixture.Vocabulary.Metrics.Select(m => m.Name == "sleep_hours" ? m with { Synonyms = ["shut-eye"] } : m)],
        };
        var router = new QuestionRouter(renamed);

        Assert.Equal("sleep_hours", router.Route("average shut-eye last month").Call?.Metric);
        Assert.Null(VocabularyFixture.Router.Route("average shut-eye last month").Call);
    }

    [Fact]
    public void Experiments_come_from_the_readouts_and_a_different_version_does_not_match()
    {
        Assert.Equal("recovery_model_v5", Routed("readout of recovery model version 5").Experiment);
        Assert.Null(VocabularyFixture.Router.Route("readout of the recovery model v4 experiment").Call);
    }

    [Fact]
    public void Every_suggested_question_is_one_the_assistant_answers()
    {
        string[] refused = ["What's the weather?", "How are we doing?", "What was stickiness last month?", "How did the experiment go?", "delete everything"];
        var suggestions = refused.SelectMany(q => VocabularyFixture.Router.Route(q).Suggestions).Distinct().ToList();

        Assert.All(refused, q => Assert.Equal(3, VocabularyFixture.Router.Route(q).Suggestions.Count));
        Assert.All(suggestions, s => Assert.True(VocabularyFixture.Router.Route(s).IsRouted, $"The suggestion '{s}' is itself refused."));
    }

    [Fact]
    public void A_refusal_says_why()
    {
        Assert.Contains("pseudonymous", VocabularyFixture.Router.Route("what is the email of member 12?").RefusalReason, StringComparison.Ordinal);
        Assert.Contains("SQL", VocabularyFixture.Router.Route("write me SQL for churn").RefusalReason, StringComparison.Ordinal);
        Assert.Contains("forecast", VocabularyFixture.Router.Route("predict sleep next month").RefusalReason, StringComparison.Ordinal);
        Assert.Contains("ambiguous", VocabularyFixture.Router.Route("How are the annual members doing?").RefusalReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_grain_follows_the_range_length()
    {
        Assert.Equal(Common.Grain.Day, Routed("recovery in the last 45 days").Grain);
        Assert.Equal(Common.Grain.Week, Routed("recovery in the last 46 days").Grain);
        Assert.Equal(Common.Grain.Month, Routed("recovery in the last 181 days").Grain);
        Assert.Equal(Common.Grain.Day, Routed("daily recovery this year").Grain);
    }

    private static ToolCall Routed(string question) =>
        VocabularyFixture.Router.Route(question).Call ?? throw new Xunit.Sdk.XunitException($"'{question}' was refused: {VocabularyFixture.Router.Route(question).RefusalReason}");
}
