using Township.Congress.Data;
using System.Globalization;
using Township.Congress.Activities;
using Township.Congress.AnnualReports;
using Township.Congress.Figures;
using Township.Congress.Resources;
using Township.Congress.Scorecards;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Figures;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Figures;

/// <summary>
/// One definition per figure (docs/figures.md): for every demo township and year, the figures and every page that shows them — the
/// township dashboard, the annual report's placeholders and prose, the scorecard's data — agree with the seeded records counted
/// one by one (<see cref="SeededCounts"/>), so a set-based query that groups wrongly, or a page that shows another number, fails.
/// </summary>
public class TownshipYearFiguresTests(SeededDemoCounty demo) : IClassFixture<SeededDemoCounty>
{
    private static readonly int[] Years = [2022, 2023, 2024, 2025, 2026];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheFiguresOfEveryDemoTownshipAndYearAgreeWithTheRecordsCountedOneByOne(DatabaseProvider provider)
    {
        var (database, counts) = await demo.ForAsync(provider);
        await using var db = database.System();
        var checkedRows = 0;

        foreach (var year in Years)
        {
            var figures = await db.FiguresAsync(FigureScope.County(counts.CountyId), year);
            Assert.Equal(15, figures.Count);
            foreach (var f in figures)
            {
                SeededCounts.AssertSame(counts.Expected(f.TownshipId, year), f);
                // The suggestion figures are the suggestion feature's own, township by township.
                Assert.Equal((await db.FiguresAsync(f.TownshipId, year)).Total, f.Suggestions);
                checkedRows++;
            }
            var total = TownshipYearFigures.Total(figures, year, "全县");
            Assert.Equal(figures.Sum(f => f.Suggestions.Satisfied), total.Suggestions.SatisfactionRate.Numerator);
            Assert.Equal(figures.Sum(f => f.Suggestions.AnsweredClassB), total.Suggestions.ClassBShare.Numerator);
            Assert.Equal(figures.Sum(f => f.Suggestions.Answered), total.Suggestions.ClassBShare.Denominator);
        }
        Assert.Equal(75, checkedRows);
        // The demo county is not empty where it matters: the comparisons above compared something.
        var all = await db.FiguresAsync(FigureScope.County(counts.CountyId), 2025);
        Assert.All(all, f => Assert.True(f.SessionsHeld > 0 && f.ActivitiesHeld > 0 && f.Suggestions.Received > 0 && f.Petitions > 0, f.TownshipName));
        Assert.All(all, f => Assert.True(f.Suggestions is { AnsweredClassA: > 0, AnsweredClassB: > 0 }, f.TownshipName));
        Assert.Contains(all, f => f.Suggestions.AnsweredClassC > 0);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheDashboardTheAnnualReportAndTheScorecardShowTheCountedFiguresOfEveryDemoTownshipAndYear(DatabaseProvider provider)
    {
        var (database, counts) = await demo.ForAsync(provider);
        await using var db = database.System();
        foreach (var year in Years)
        {
            var scorecard = await db.ScorecardAsync(counts.CountyId, year);
            Assert.Equal(15, scorecard.Townships.Count);
            foreach (var township in counts.Townships)
            {
                var expected = counts.Expected(township.Id, year);

                var dashboard = await db.TownshipDashboardAsync(township.Id, year);
                SeededCounts.AssertSame(expected, dashboard.Figures);
                SeededCounts.AssertSame(counts.Expected(township.Id, year - 1), dashboard.LastYear);

                var report = await new AnnualReportService(db).GenerateAsync(township.Id, year);
                AssertReportShows(expected, await db.AnnualReportAsync(report.Id));

                AssertScorecardShows(expected, scorecard.Townships.Single(t => t.TownshipId == township.Id), counts);
            }
        }
    }

    /// <summary>The report's placeholder values are the counted figures, and the generated prose says them.</summary>
    private static void AssertReportShows(TownshipYearFigures e, AnnualReportView view)
    {
        var s = e.Suggestions;
        Assert.Equal(AnnualReportFigures.Values(e), view.Figures);
        string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(
            [Text(e.SessionsHeld), Text(e.PresidiumMeetings), Text(e.ActivitiesHeld), Text(e.ActivityPersonTimes), e.TrainingRate.Text,
                Text(e.ReceptionDays), e.VoterReportShare.Text, Text(e.Appraisals), e.LivelihoodCompletion.Text, e.PetitionOnTimeRate.Text,
                Text(s.Received), Text(s.Answered), Text(s.AnsweredClassA), s.ClassAShare.Text, Text(s.AnsweredClassB), s.ClassBShare.Text,
                Text(s.AnsweredClassC), s.ClassCShare.Text, s.OnTimeRate.Text, s.SatisfactionRate.Text, s.ClosureRate.Text],
            new[]
            {
                "sessions.held", "presidium.meetings", "activities.held", "activities.person-times", "trainings.rate", "receptions.days",
                "voter-reports.share", "appraisals.held", "livelihood.completion-rate", "petitions.on-time-rate", "suggestions.received",
                "suggestions.answered", "suggestions.class-a", "suggestions.class-a-share", "suggestions.class-b", "suggestions.class-b-share",
                "suggestions.class-c", "suggestions.class-c-share", "suggestions.on-time-rate", "suggestions.satisfaction-rate",
                "suggestions.closure-rate",
            }.Select(k => view.Figures[k]));

        // The suggestion paragraph of the draft, as read: the A/B/C split under the labels the app gives the answer classes.
        var paragraph = view.Sections.SelectMany(x => x.Parts).SelectMany(p => p.Paragraphs).Single(p => p.Text.Contains("{suggestions.class-a}")).Plain;
        Assert.Contains($"收到代表建议{s.Received}件，已交办{s.Assigned}件、答复{s.Answered}件，"
            + $"其中{SuggestionLabels.Of(AnswerClass.A)}{s.AnsweredClassA}件、占{s.ClassAShare.Text}，"
            + $"{SuggestionLabels.Of(AnswerClass.B)}{s.AnsweredClassB}件、占{s.ClassBShare.Text}，"
            + $"{SuggestionLabels.Of(AnswerClass.C)}{s.AnsweredClassC}件、占{s.ClassCShare.Text}；按期答复率{s.OnTimeRate.Text}", paragraph);
    }

    /// <summary>Each computed criterion's data behind its points states the counted figures.</summary>
    private static void AssertScorecardShows(TownshipYearFigures e, TownshipScore row, SeededCounts counts)
    {
        var rules = counts.Rules;
        string Data(ScorecardCriterion c) => row.Criteria.Single(x => x.Criterion == c).Data;
        string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
        var lawChecks = e.ByKind.Where(k => k.Kind == ActivityKind.LawEnforcementCheck).Sum(k => k.Held);
        Assert.Equal(Format(ModelText.Score_SessionsData, e.SessionsHeld, rules.Whole(ScorecardScheme.SessionsRequired)), Data(ScorecardCriterion.Sessions));
        Assert.Equal(Format(ModelText.Score_PresidiumData, e.PresidiumMeetings, rules.Whole(ScorecardScheme.PresidiumRequired), e.PresidiumAttendance.Text,
            rules[ScorecardScheme.PresidiumAttendance]), Data(ScorecardCriterion.PresidiumMeetings));
        Assert.Equal(Format(ModelText.Score_ActivitiesData, e.ActivitiesHeld, rules.Whole(ScorecardScheme.ActivitiesRequired), e.Appraisals,
            rules.Whole(ScorecardScheme.AppraisalsRequired), lawChecks, rules.Whole(ScorecardScheme.LawChecksRequired)), Data(ScorecardCriterion.CollectiveActivities));
        Assert.Equal(Format(ModelText.Score_VoterReportsData, e.VoterReports, rules.Whole(ScorecardScheme.VoterReportsRequired)),
            Data(ScorecardCriterion.VoterReports));
        Assert.Equal(Format(ModelText.Score_SuggestionsData, e.Suggestions.ClosureRate.Text, rules[ScorecardScheme.ClosureRequired],
            e.Suggestions.SatisfactionRate.Text, rules[ScorecardScheme.SatisfactionRequired]), Data(ScorecardCriterion.Suggestions));
    }
}
