using System.Globalization;
using System.Text.RegularExpressions;
using Township.Congress.Activities;
using Township.Congress.Figures;
using Township.Congress.Suggestions;

namespace Township.Congress.AnnualReports;

/// <summary>A run of a paragraph's text: plain prose, or the value of a placeholder (<see cref="Key"/>), so a page can highlight it.</summary>
public sealed record TextRun(string Text, string? Key = null, bool IsFigure = false);

/// <summary>
/// The placeholders a report's prose may hold, each read from <see cref="TownshipYearFigures"/> (docs/figures.md: one definition
/// per figure, the report counts nothing itself), plus a few words of context (the year, the township) that are not figures.
/// A key is written in braces in the text: <c>{sessions.held}</c>.
/// </summary>
public static partial class AnnualReportFigures
{
    private static readonly (string Key, Func<TownshipYearFigures, object> Value)[] Table =
    [
        ("deputies.in-office", f => f.DeputiesInOffice),
        ("sessions.held", f => f.SessionsHeld),
        ("sessions.attendance-rate", f => f.SessionAttendance),
        ("presidium.meetings", f => f.PresidiumMeetings),
        ("presidium.attendance-rate", f => f.PresidiumAttendance),
        ("activities.held", f => f.ActivitiesHeld),
        ("activities.person-times", f => f.ActivityPersonTimes),
        ("activities.inspections", f => Kind(f, ActivityKind.Inspection)),
        ("activities.surveys", f => Kind(f, ActivityKind.Survey)),
        ("activities.law-checks", f => Kind(f, ActivityKind.LawEnforcementCheck)),
        ("activities.special-checks", f => Kind(f, ActivityKind.SpecialCheck)),
        ("activities.inquiries", f => Kind(f, ActivityKind.TopicalInquiry)),
        ("activities.symposiums", f => Kind(f, ActivityKind.Symposium)),
        ("activities.group", f => Kind(f, ActivityKind.GroupActivity)),
        ("trainings.held", f => f.Trainings),
        ("trainings.deputies", f => f.DeputiesTrained),
        ("trainings.rate", f => f.TrainingRate),
        ("contact.person-times", f => f.VoterContactPersonTimes),
        ("receptions.days", f => f.ReceptionDays),
        ("receptions.visitors", f => f.ReceptionVisitors),
        ("voter-reports.held", f => f.VoterReports),
        ("voter-reports.deputies", f => f.DeputiesReported),
        ("voter-reports.share", f => f.VoterReportShare),
        ("appraisals.held", f => f.Appraisals),
        ("appraisals.published", f => f.AppraisalsPublished),
        ("appraisals.satisfied", f => f.SubjectsSatisfied),
        ("appraisals.basically-satisfied", f => f.SubjectsBasicallySatisfied),
        ("appraisals.unsatisfied", f => f.SubjectsUnsatisfied),
        ("livelihood.projects", f => f.LivelihoodProjects),
        ("livelihood.completed", f => f.LivelihoodCompleted),
        ("livelihood.carried-over", f => f.LivelihoodCarriedOver),
        ("livelihood.completion-rate", f => f.LivelihoodCompletion),
        ("petitions.received", f => f.Petitions),
        ("petitions.finished", f => f.PetitionsFinished),
        ("petitions.on-time-rate", f => f.PetitionOnTimeRate),
        ("suggestions.received", f => f.Suggestions.Received),
        ("suggestions.assigned", f => f.Suggestions.Assigned),
        ("suggestions.answered", f => f.Suggestions.Answered),
        ("suggestions.class-a", f => f.Suggestions.AnsweredClassA),
        ("suggestions.class-a-share", f => f.Suggestions.ClassAShare),
        ("suggestions.class-b", f => f.Suggestions.AnsweredClassB),
        ("suggestions.class-b-share", f => f.Suggestions.ClassBShare),
        ("suggestions.class-c", f => f.Suggestions.AnsweredClassC),
        ("suggestions.class-c-share", f => f.Suggestions.ClassCShare),
        ("suggestions.on-time-rate", f => f.Suggestions.OnTimeRate),
        ("suggestions.satisfied", f => f.Suggestions.Satisfied),
        ("suggestions.satisfaction-rate", f => f.Suggestions.SatisfactionRate),
        ("suggestions.closed", f => f.Suggestions.Closed),
        ("suggestions.closure-rate", f => f.Suggestions.ClosureRate),
        ("suggestions.implemented", f => f.Suggestions.Implemented),
        ("suggestions.partly-implemented", f => f.Suggestions.PartlyImplemented),
        ("suggestions.implementation-rate", f => f.Suggestions.ImplementationRate),
        ("suggestions.overdue", f => f.Suggestions.Overdue),
    ];

    /// <summary>Words of context, resolved like figures but not figures (never highlighted, never frozen as data).</summary>
    public static readonly IReadOnlyList<string> ContextKeys = ["year", "next-year", "township"];

    public static IReadOnlyList<string> FigureKeys { get; } = Table.Select(t => t.Key).ToList();

    public static bool IsKnown(string key) => FigureKeys.Contains(key) || ContextKeys.Contains(key);

    /// <summary>Every figure's text for one township-year: counts as digits, rates as <see cref="Rate.Text"/> (87.0%, or — with nothing to count).</summary>
    public static Dictionary<string, string> Values(TownshipYearFigures figures) =>
        Table.ToDictionary(t => t.Key, t => t.Value(figures) switch
        {
            Rate r => r.Text,
            int n => n.ToString(CultureInfo.InvariantCulture),
            var other => other.ToString() ?? "",
        });

    public static Dictionary<string, string> Context(string townshipName, int year) => new()
    {
        ["year"] = year.ToString(CultureInfo.InvariantCulture),
        ["next-year"] = (year + 1).ToString(CultureInfo.InvariantCulture),
        ["township"] = townshipName,
    };

    /// <summary>The placeholders of a text, in order, known or not.</summary>
    public static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>
    /// The text cut into runs: prose, and each known placeholder replaced by its value. An unknown key stays as written (an edit
    /// cannot store one, <see cref="AnnualReportService"/> refuses it; this only keeps an old text readable).
    /// </summary>
    public static IReadOnlyList<TextRun> Resolve(string text, IReadOnlyDictionary<string, string> figures, IReadOnlyDictionary<string, string> context)
    {
        var runs = new List<TextRun>();
        var at = 0;
        foreach (Match m in Placeholder().Matches(text))
        {
            if (m.Index > at) runs.Add(new TextRun(text[at..m.Index]));
            var key = m.Groups[1].Value;
            if (figures.TryGetValue(key, out var value)) runs.Add(new TextRun(value, key, IsFigure: true));
            else if (context.TryGetValue(key, out var word)) runs.Add(new TextRun(word, key));
            else runs.Add(new TextRun(m.Value));
            at = m.Index + m.Length;
        }
        if (at < text.Length) runs.Add(new TextRun(text[at..]));
        return runs;
    }

    public static string Plain(IEnumerable<TextRun> runs) => string.Concat(runs.Select(r => r.Text));

    private static int Kind(TownshipYearFigures f, ActivityKind kind) => f.ByKind.FirstOrDefault(k => k.Kind == kind)?.Held ?? 0;

    [GeneratedRegex(@"\{([a-z][a-z0-9.\-]*)\}")]
    private static partial Regex Placeholder();
}
