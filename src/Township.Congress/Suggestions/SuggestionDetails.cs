using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Sessions;

namespace Township.Congress.Suggestions;

public sealed record AssignmentView(Guid UnitId, string UnitName, bool IsLead, int Round, DateOnly AssignedOn, DateOnly Deadline, DateOnly? EndedOn, string ReturnReason);
public sealed record AnswerView(Guid Id, string UnitName, bool IsLeadAnswer, int Round, DateOnly AnsweredOn, AnswerClass? Class, string Text, bool EnteredBySecretary);
public sealed record FeedbackView(string DeputyName, bool IsLead, int Round, DateOnly RecordedOn, Satisfaction Satisfaction, string Comment);
public sealed record EventView(SuggestionAction Action, SuggestionState FromState, SuggestionState ToState, DateOnly OnDate, DateTime AtUtc, string UserName, string? UnitName, string Summary, string Comment);
/// <summary>One 县人大督办: who in the county (display name, else login), on which day, with what note.</summary>
public sealed record SupervisionView(string By, DateOnly OnDate, string Note);
public sealed record LinkedItem(Guid Id, string Number, string Title, SuggestionState State);
public sealed record AttachmentView(Guid Id, Guid? AnswerId, string FileName, string ContentType, long SizeBytes, DateTime UploadedAtUtc, string UploadedBy);

/// <summary>Everything the item page and GET /api/v1/suggestions/{id} show.</summary>
public sealed record SuggestionDetails(
    Suggestion Item, string TownshipName, string? CategoryName, string? SessionName,
    IReadOnlyList<SuggestionSigner> Signers, IReadOnlyList<AssignmentView> Assignments, IReadOnlyList<AnswerView> Answers,
    IReadOnlyList<FeedbackView> Feedback, IReadOnlyList<EventView> Timeline, IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<LinkedItem> MergedSources, LinkedItem? MergedInto, SuggestionActor Actor, IReadOnlyList<SuggestionAction> Allowed,
    DateOnly? LastReturnDay, bool IsOverdue)
{
    /// <summary>Each 县人大督办 of the item, oldest first.</summary>
    public IReadOnlyList<SupervisionView> Supervisions { get; init; } = [];
}

public static class SuggestionDetailsQuery
{
    /// <summary>
    /// The item if the user may see it (else the usual not-found/denied exceptions). Its parts are
    /// then read past the filters: whoever sees the item sees all of it, including the co-units
    /// and the session's name, which a handling unit could not read on its own.
    /// </summary>
    public static async Task<SuggestionDetails> DetailsAsync(this CongressDbContext db, Guid id, WorkCalendar calendar, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<Suggestion>(id, ct);
        var today = ChineseDate.TodayInChina(db.Clock);
        var signers = await db.Set<SuggestionSigner>().IgnoreQueryFilters().AsNoTracking().Where(s => s.SuggestionId == id).OrderBy(s => s.SortOrder).ToListAsync(ct);
        item.Signers = signers;
        var assignments = await db.SuggestionAssignments.IgnoreQueryFilters().AsNoTracking().Where(a => a.SuggestionId == id)
            .OrderBy(a => a.Round).ThenBy(a => a.AssignedOn).ThenBy(a => !a.IsLead).ToListAsync(ct);
        var answers = await db.Set<SuggestionAnswer>().IgnoreQueryFilters().AsNoTracking().Where(a => a.SuggestionId == id)
            .OrderBy(a => a.Round).ThenBy(a => !a.IsLeadAnswer).ThenBy(a => a.AnsweredOn).ToListAsync(ct);
        var events = await db.Set<SuggestionEvent>().IgnoreQueryFilters().AsNoTracking().Where(e => e.SuggestionId == id)
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(ct);
        var unitIds = assignments.Select(a => a.UnitId).Concat(answers.Select(a => a.UnitId))
            .Concat(events.Where(e => e.UnitId != null).Select(e => e.UnitId!.Value)).Distinct().ToList();
        var units = await db.HandlingUnits.IgnoreQueryFilters().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var feedback = await db.Set<SuggestionFeedback>().IgnoreQueryFilters().AsNoTracking().Where(f => f.SuggestionId == id)
            .OrderBy(f => f.Round).ThenBy(f => !f.IsLead).ThenBy(f => f.RecordedOn)
            .Select(f => new FeedbackView(f.DeputyName, f.IsLead, f.Round, f.RecordedOn, f.Satisfaction, f.Comment)).ToListAsync(ct);
        var attachments = await db.Set<SuggestionAttachment>().IgnoreQueryFilters().AsNoTracking().Where(a => a.SuggestionId == id)
            .OrderBy(a => a.UploadedAtUtc)
            .Select(a => new AttachmentView(a.Id, a.AnswerId, a.FileName, a.ContentType, a.SizeBytes, a.UploadedAtUtc, a.UploadedBy)).ToListAsync(ct);
        var sources = await db.Suggestions.IgnoreQueryFilters().AsNoTracking().Where(s => s.MergedIntoId == id)
            .OrderBy(s => s.Year).ThenBy(s => s.Sequence).Select(s => new { s.Id, s.Year, s.Sequence, s.Title, s.State }).ToListAsync(ct);
        LinkedItem? mergedInto = null;
        if (item.MergedIntoId is { } into)
        {
            var m = await db.Suggestions.IgnoreQueryFilters().AsNoTracking().Where(s => s.Id == into)
                .Select(s => new { s.Id, s.Year, s.Sequence, s.Title, s.State }).SingleAsync(ct);
            mergedInto = new LinkedItem(m.Id, Suggestion.FormatNumber(m.Year, m.Sequence), m.Title, m.State);
        }
        var township = await db.Townships.IgnoreQueryFilters().Where(t => t.Id == item.TownshipId).Select(t => t.Name).SingleAsync(ct);
        var category = item.CategoryId is { } c
            ? await db.SuggestionCategories.IgnoreQueryFilters().Where(x => x.Id == c).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        string? sessionName = null;
        if (item.SessionId is { } sid)
        {
            var session = await db.Sessions.IgnoreQueryFilters().AsNoTracking().Where(s => s.Id == sid)
                .Select(s => new { s.Ordinal, Term = db.Terms.IgnoreQueryFilters().Where(t => t.Id == s.TermId).Select(t => t.Ordinal).First() })
                .SingleOrDefaultAsync(ct);
            if (session is not null) sessionName = SessionNames.Of(session.Term, session.Ordinal);
        }

        var service = new SuggestionService(db, calendar);
        var actor = await service.ActorAsync(item, ct);
        var allowed = SuggestionWorkflow.Allowed(SuggestionFacts.Of(item), actor, today, calendar);
        DateOnly? lastReturn = item.Round == 1 && item.AssignedOn is { } assignedOn && SuggestionRules.IsWaitingForAnswer(item.State)
            ? SuggestionRules.LastReturnDay(assignedOn, calendar) : null;
        var supervisions = events.Where(e => e.Action == SuggestionAction.CountySupervise).ToList();
        var supervisorLogins = supervisions.Select(e => e.UserName).Distinct().ToList();
        var supervisorNames = supervisorLogins.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => supervisorLogins.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName }).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        return new SuggestionDetails(item, township, category, sessionName, signers,
            assignments.Select(a => new AssignmentView(a.UnitId, units.GetValueOrDefault(a.UnitId, ""), a.IsLead, a.Round, a.AssignedOn, a.Deadline, a.EndedOn, a.ReturnReason)).ToList(),
            answers.Select(a => new AnswerView(a.Id, units.GetValueOrDefault(a.UnitId, ""), a.IsLeadAnswer, a.Round, a.AnsweredOn, a.Class, a.Text, a.EnteredBySecretary)).ToList(),
            feedback,
            events.Select(e => new EventView(e.Action, e.FromState, e.ToState, e.OnDate, e.AtUtc, e.UserName, e.UnitId is { } u ? units.GetValueOrDefault(u) : null, e.Summary, e.Comment)).ToList(),
            attachments,
            sources.Select(s => new LinkedItem(s.Id, Suggestion.FormatNumber(s.Year, s.Sequence), s.Title, s.State)).ToList(),
            mergedInto, actor, allowed, lastReturn, item.IsOverdueOn(today))
        {
            Supervisions = supervisions.Select(e => new SupervisionView(
                supervisorNames.GetValueOrDefault(e.UserName) is { Length: > 0 } name ? name : e.UserName, e.OnDate, e.Comment)).ToList(),
        };
    }
}
