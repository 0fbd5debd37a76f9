using Township.Congress.Figures;
using Township.Congress.Suggestions;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Features.Dashboards;

/// <summary>One figure as both dashboards show it: a count, or a rate with its two counts (docs/figures.md).</summary>
/// <remarks>A count is null when it is rolled up and not computed yet (<see cref="TownshipYearFigures.DeputiesFlagged"/>): it shows —.</remarks>
public sealed record FigureColumn(string Key, string Label, Func<TownshipYearFigures, int?>? Count, Func<TownshipYearFigures, Rate>? Rate)
{
    /// <summary>The number to sort and chart by: the count, or the rate's percent (a rate with nothing to count sorts below 0%).</summary>
    public decimal? Value(TownshipYearFigures f) => Count is { } c ? c(f) : Rate!(f).Percent;

    public string Text(TownshipYearFigures f) => Count is { } c ? c(f)?.ToString() ?? "—" : Rate!(f).Text;

    /// <summary>The rate's two counts, for the cell's tooltip; empty for a count.</summary>
    public string Detail(TownshipYearFigures f) => Rate is { } r ? $"{r(f).Numerator}/{r(f).Denominator}" : "";

    /// <summary>
    /// The county average of a column: the mean of the townships' values (a rate's mean of the townships' percents, townships
    /// with nothing to count left out), one decimal, half away from zero.
    /// </summary>
    public string AverageText(IReadOnlyCollection<TownshipYearFigures> rows) =>
        Average(rows) is not { } mean ? "—" : Count is null ? $"{mean:0.0}%" : $"{mean:0.0}";

    /// <summary>The average as a number (a rate's as a percent); null when no township has anything to count.</summary>
    public decimal? Average(IReadOnlyCollection<TownshipYearFigures> rows)
    {
        var values = rows.Select(Value).OfType<decimal>().ToList();
        return values.Count == 0 ? null : Math.Round(values.Average(), 1, MidpointRounding.AwayFromZero);
    }
}

/// <summary>The columns in their order; a property, so each label is read in the current UI culture.</summary>
public static class FigureColumns
{
    /// <summary>The rolled-up column: the pages say 截至 HH:mm beside it.</summary>
    public const string DeputiesFlagged = "DeputiesFlagged";

    public static IReadOnlyList<FigureColumn> All =>
    [
        new("SessionsHeld", UiText.Figs_SessionsHeld, f => f.SessionsHeld, null),
        new("SessionAttendance", UiText.Figs_SessionAttendance, null, f => f.SessionAttendance),
        new("PresidiumMeetings", UiText.Figs_PresidiumMeetings, f => f.PresidiumMeetings, null),
        new("PresidiumAttendance", UiText.Figs_PresidiumAttendance, null, f => f.PresidiumAttendance),
        new("ActivitiesHeld", UiText.Figs_ActivitiesHeld, f => f.ActivitiesHeld, null),
        new("ActivityPersonTimes", UiText.Figs_ActivityPersonTimes, f => f.ActivityPersonTimes, null),
        new("Trainings", UiText.Figs_Trainings, f => f.Trainings, null),
        new("TrainingRate", UiText.Figs_TrainingRate, null, f => f.TrainingRate),
        new("VoterContact", UiText.Figs_VoterContact, f => f.VoterContactPersonTimes, null),
        new("ReceptionDays", UiText.Figs_ReceptionDays, f => f.ReceptionDays, null),
        new("VoterReports", UiText.Figs_VoterReports, f => f.VoterReports, null),
        new("VoterReportShare", UiText.Figs_VoterReportShare, null, f => f.VoterReportShare),
        new("Appraisals", UiText.Figs_Appraisals, f => f.Appraisals, null),
        new("AppraisalsUnsatisfied", UiText.Figs_AppraisalsUnsatisfied, f => f.SubjectsUnsatisfied, null),
        new("LivelihoodProjects", UiText.Figs_LivelihoodProjects, f => f.LivelihoodProjects, null),
        new("LivelihoodCompletion", UiText.Figs_LivelihoodCompletion, null, f => f.LivelihoodCompletion),
        new("Petitions", UiText.Figs_Petitions, f => f.Petitions, null),
        new("PetitionOnTime", UiText.Figs_PetitionOnTime, null, f => f.PetitionOnTimeRate),
        new("SuggestionsReceived", UiText.Figs_SuggestionsReceived, f => f.Suggestions.Received, null),
        new("SuggestionOnTime", UiText.Figs_SuggestionOnTime, null, f => f.Suggestions.OnTimeRate),
        new("SuggestionSatisfaction", UiText.Figs_SuggestionSatisfaction, null, f => f.Suggestions.SatisfactionRate),
        new("SuggestionClosure", UiText.Figs_SuggestionClosure, null, f => f.Suggestions.ClosureRate),
        new("AnsweredClassA", UiText.Figs_AnsweredClassA, f => f.Suggestions.AnsweredClassA, null),
        new("ClassAShare", UiText.Figs_ClassAShare, null, f => f.Suggestions.ClassAShare),
        new("AnsweredClassB", UiText.Figs_AnsweredClassB, f => f.Suggestions.AnsweredClassB, null),
        new("ClassBShare", UiText.Figs_ClassBShare, null, f => f.Suggestions.ClassBShare),
        new("AnsweredClassC", UiText.Figs_AnsweredClassC, f => f.Suggestions.AnsweredClassC, null),
        new("ClassCShare", UiText.Figs_ClassCShare, null, f => f.Suggestions.ClassCShare),
        new("SuggestionsOverdue", UiText.Figs_SuggestionsOverdue, f => f.Suggestions.Overdue, null),
        new(DeputiesFlagged, UiText.Figs_DeputiesFlagged, f => f.DeputiesFlagged, null),
    ];

    public static IEnumerable<FigureColumn> Counts => All.Where(c => c.Count is not null);
    public static IEnumerable<FigureColumn> Rates => All.Where(c => c.Rate is not null);
}
