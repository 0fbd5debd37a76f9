using Township.Congress.Suggestions;

namespace Township.Congress.Tests.Suggestions;

public class SuggestionRulesTests
{
    [Theory]
    [InlineData("2026-11-30", false, "2027-02-28")] // no 30 February: the month's last day
    [InlineData("2027-11-30", false, "2028-02-29")] // leap year
    [InlineData("2026-08-31", true, "2027-02-28")]  // six months for complex matters
    [InlineData("2026-03-31", false, "2026-06-30")]
    [InlineData("2026-01-31", false, "2026-04-30")]
    [InlineData("2026-02-28", false, "2026-05-28")] // a month end does not stretch to the next month end
    [InlineData("2026-12-15", true, "2027-06-15")]
    public void DeadlineIsThreeOrSixMonthsAndStaysInItsMonth(string assigned, bool complex, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), SuggestionRules.Deadline(DateOnly.Parse(assigned), complex));

    [Theory]
    [InlineData("2026-01-31", "2026-02-28")]
    [InlineData("2028-01-31", "2028-02-29")]
    [InlineData("2026-12-31", "2027-01-31")]
    [InlineData("2026-05-15", "2026-06-15")]
    public void RehandlingIsAnsweredWithinOneMonth(string reassigned, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), SuggestionRules.RehandlingDeadline(DateOnly.Parse(reassigned)));

    [Theory]
    [InlineData("2026-11-27", "2026-12-08")] // Friday: the weekends are skipped
    [InlineData("2026-11-23", "2026-12-02")] // Monday
    [InlineData("2026-11-28", "2026-12-08")] // assigned on a Saturday: counting starts Monday
    public void ReturnWindowIsSevenWorkingDays(string assigned, string lastDay) =>
        Assert.Equal(DateOnly.Parse(lastDay), SuggestionRules.LastReturnDay(DateOnly.Parse(assigned), WorkCalendar.WeekendsOnly));

    [Fact]
    public void ReturnWindowSkipsHolidaysAndCountsMakeUpWorkingDays()
    {
        // 30 September 2026: National Day 1–7 October is off, Saturday 10 October is a working day.
        Assert.Equal(new DateOnly(2026, 10, 15), SuggestionRules.LastReturnDay(new DateOnly(2026, 9, 30), WorkCalendar.China2026));
        Assert.Equal(new DateOnly(2026, 10, 9), SuggestionRules.LastReturnDay(new DateOnly(2026, 9, 30), WorkCalendar.WeekendsOnly));
        Assert.True(WorkCalendar.China2026.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.False(WorkCalendar.China2026.IsWorkingDay(new DateOnly(2026, 10, 5)));
    }

    [Fact]
    public void OverdueAndDueSoonCountOnlyItemsWaitingForAnAnswer()
    {
        var today = new DateOnly(2026, 11, 26);
        Assert.True(SuggestionRules.IsOverdue(SuggestionState.Handling, today.AddDays(-1), today));
        Assert.False(SuggestionRules.IsOverdue(SuggestionState.Handling, today, today));
        Assert.False(SuggestionRules.IsOverdue(SuggestionState.Answered, today.AddDays(-30), today));
        Assert.True(SuggestionRules.IsDueSoon(SuggestionState.Assigned, today.AddDays(14), today));
        Assert.False(SuggestionRules.IsDueSoon(SuggestionState.Assigned, today.AddDays(15), today));
    }

    public static TheoryData<SuggestionState, SuggestionKind, SuggestionActor, string> Table => new()
    {
        { SuggestionState.Submitted, SuggestionKind.Motion, SuggestionActor.Secretary, "Accept,ConvertToSuggestion,Reject" },
        { SuggestionState.Submitted, SuggestionKind.Suggestion, SuggestionActor.Secretary, "Accept,Assign" },
        { SuggestionState.Registered, SuggestionKind.Suggestion, SuggestionActor.Secretary, "Assign,Supervise" },
        { SuggestionState.Assigned, SuggestionKind.Suggestion, SuggestionActor.Secretary, "Start,Answer,CoUnitOpinion,Return,Supervise" },
        { SuggestionState.Handling, SuggestionKind.Suggestion, SuggestionActor.Secretary, "Answer,CoUnitOpinion,Return,Supervise" },
        { SuggestionState.Answered, SuggestionKind.Suggestion, SuggestionActor.Secretary, "Feedback,Supervise" },
        { SuggestionState.Evaluated, SuggestionKind.Suggestion, SuggestionActor.Secretary, "Feedback,Close,Supervise" },
        { SuggestionState.Closed, SuggestionKind.Suggestion, SuggestionActor.Secretary, "UpdateImplementation" },
        { SuggestionState.NotAccepted, SuggestionKind.Motion, SuggestionActor.Secretary, "" },
        { SuggestionState.Merged, SuggestionKind.Suggestion, SuggestionActor.Secretary, "" },
        { SuggestionState.Assigned, SuggestionKind.Suggestion, SuggestionActor.LeadUnit, "Start,Answer,Return" },
        { SuggestionState.Handling, SuggestionKind.Suggestion, SuggestionActor.LeadUnit, "Answer,Return" },
        { SuggestionState.Answered, SuggestionKind.Suggestion, SuggestionActor.LeadUnit, "" },
        { SuggestionState.Handling, SuggestionKind.Suggestion, SuggestionActor.CoUnit, "CoUnitOpinion" },
        { SuggestionState.Registered, SuggestionKind.Suggestion, SuggestionActor.CoUnit, "" },
        { SuggestionState.Handling, SuggestionKind.Suggestion, SuggestionActor.Viewer, "" },
    };

    [Theory, MemberData(nameof(Table))]
    public void WorkflowOffersOnlyTheStepsOfTheState(SuggestionState state, SuggestionKind kind, SuggestionActor actor, string expected)
    {
        var today = new DateOnly(2026, 11, 26);
        var facts = new SuggestionFacts(kind, state, 1, today, IsKeyItem: false);
        Assert.Equal(expected, string.Join(",", SuggestionWorkflow.Allowed(facts, actor, today, WorkCalendar.WeekendsOnly)));
    }

    [Fact]
    public void ReturnIsOfferedOnlyInTheFirstRoundAndWithinTheWindow()
    {
        var assigned = new DateOnly(2026, 11, 27);
        bool Offered(int round, DateOnly today) => SuggestionWorkflow.Allowed(
            new SuggestionFacts(SuggestionKind.Suggestion, SuggestionState.Handling, round, assigned, false),
            SuggestionActor.LeadUnit, today, WorkCalendar.WeekendsOnly).Contains(SuggestionAction.Return);
        Assert.True(Offered(1, new DateOnly(2026, 12, 8)));
        Assert.False(Offered(1, new DateOnly(2026, 12, 9)));
        Assert.False(Offered(2, new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void KeyItemsTakeSupervisionNotesAndApiNamesRoundTrip()
    {
        var facts = new SuggestionFacts(SuggestionKind.Suggestion, SuggestionState.Answered, 1, null, IsKeyItem: true);
        Assert.Contains(SuggestionAction.SupervisionNote, SuggestionWorkflow.Allowed(facts, SuggestionActor.Secretary, new DateOnly(2026, 11, 26), WorkCalendar.WeekendsOnly));
        Assert.Equal("co-unit-opinion", SuggestionLabels.ApiName(SuggestionAction.CoUnitOpinion));
        foreach (var action in Enum.GetValues<SuggestionAction>())
            Assert.Equal(action, SuggestionLabels.ParseApiName(SuggestionLabels.ApiName(action)));
        Assert.Null(SuggestionLabels.ParseApiName("fly"));
    }
}
