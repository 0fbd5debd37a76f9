using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Sessions;
using Township.Congress.Resources;

namespace Township.Congress.Suggestions;

/// <summary>
/// Creates, edits and moves items through their lifecycle. Every step is checked against
/// <see cref="SuggestionWorkflow"/> for the acting user, recorded on the timeline, and saved with
/// the item's version so two people acting at once cannot both succeed.
/// </summary>
/// <param name="calendar">Required: deadlines count working days, and only the configured calendar knows the holidays.</param>
public sealed partial class SuggestionService(CongressDbContext db, WorkCalendar calendar)
{
    private readonly WorkCalendar _calendar = calendar;
    private DateOnly Today => ChineseDate.TodayInChina(db.Clock);

    /// <summary>Where a step's typed fields are stored, for their limits.</summary>
    private static readonly Dictionary<string, string> StepColumns = new()
    {
        [nameof(TransitionInput.Text)] = $"{nameof(SuggestionAnswer)}.{nameof(SuggestionAnswer.Text)}",
        [nameof(TransitionInput.Supervisor)] = $"{nameof(Suggestion)}.{nameof(Suggestion.Supervisor)}",
    };

    public async Task<Suggestion> CreateAsync(Guid townshipId, SuggestionInput input, CancellationToken ct = default)
    {
        if (input.SubmittedOn == default) input.SubmittedOn = Today;
        var item = await NewItemAsync(townshipId, input, ct);
        AddEvent(item, SuggestionAction.Submit, item.State, input.SubmittedOn,
            $"{SuggestionLabels.Of(item.Kind)}由{(item.FromPresidium ? "主席团" : item.LeadDeputyName + "代表")}提出", ""); // Chinese by design: stored timeline and notification text
        await SaveNumberedAsync(item, ct);
        return item;
    }

    /// <summary>Edits the item's own facts; allowed until it is assigned.</summary>
    public async Task<Suggestion> UpdateAsync(Guid id, SuggestionInput input, long version, CancellationToken ct = default)
    {
        var item = await db.Suggestions.Include(s => s.Signers).FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? await db.FindVisibleAsync<Suggestion>(id, ct);
        if (!SuggestionWorkflow.MayEdit(item.State))
            throw new DomainValidationException([new("State", $"{SuggestionLabels.Of(item.State)}的{SuggestionLabels.Of(item.Kind)}不能再修改内容。")]); // Chinese by design: stored timeline and notification text
        var township = await db.FindTownshipAsync(item.TownshipId, ct);
        if (input.SubmittedOn == default) input.SubmittedOn = item.SubmittedOn;
        var errors = new List<ValidationError>();
        if (input.SubmittedOn.Year != item.Year) errors.Add(new("SubmittedOn", ModelText.Suggestion_DateMovedToOtherYear));
        var signers = await ValidateAsync(township, input, errors, ct);
        DomainValidationException.ThrowIfAny(errors);
        db.EditingVersion(item, version);
        db.RemoveRange(item.Signers);
        item.Signers.Clear();
        Apply(item, input, signers);
        // New rows with their ids set would be taken for existing ones if found through the navigation.
        db.AddRange(item.Signers);
        AddEvent(item, SuggestionAction.Edit, item.State, Today, "修改了内容", ""); // Chinese by design: stored timeline and notification text
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>What the current user may do with the item now.</summary>
    public async Task<IReadOnlyList<SuggestionAction>> AllowedAsync(Suggestion item, CancellationToken ct = default) =>
        SuggestionWorkflow.Allowed(SuggestionFacts.Of(item), await ActorAsync(item, ct), Today, _calendar);

    public Task<SuggestionActor> ActorAsync(Suggestion item, CancellationToken ct = default) => db.ActorOnAsync(item, ct);

    public async Task<Suggestion> TransitionAsync(Guid id, TransitionInput input, long? version = null, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<Suggestion>(id, ct);
        // Someone else took a step since the caller looked: say so, rather than "not allowed now".
        if (version is { } seen && seen != item.Version) throw new ConcurrencyConflictException(EntityNames.Chinese(nameof(Suggestion)));
        var actor = await ActorAsync(item, ct);
        var allowed = SuggestionWorkflow.Allowed(SuggestionFacts.Of(item), actor, Today, _calendar);
        if (!allowed.Contains(input.Action)) throw new TransitionNotAllowedException(input.Action, item.State, allowed);

        var on = input.OnDate ?? Today;
        // What each step stores: the comment in the timeline, the text as an answer, the supervisor on the item.
        var errors = db.Model.CheckInput(typeof(SuggestionEvent), input, StepColumns);
        if (on > Today) errors.Add(new("OnDate", ModelText.Suggestion_StepDateInFuture));
        if (on < item.SubmittedOn) errors.Add(new("OnDate", ModelText.Suggestion_StepDateBeforeRaised));
        DomainValidationException.ThrowIfAny(errors);

        // Always guard the version, so that two steps taken at once on one item cannot both land.
        db.EditingVersion(item, version ?? item.Version);
        var from = item.State;
        var (summary, unitId) = await ApplyStepAsync(item, input, actor, on, ct);
        AddEvent(item, input.Action, from, on, summary, input.Comment.Trim(), unitId);
        await db.SaveChangesAsync(ct);
        return item;
    }

    private async Task<(string Summary, Guid? UnitId)> ApplyStepAsync(Suggestion item, TransitionInput input, SuggestionActor actor, DateOnly on, CancellationToken ct)
    {
        var comment = input.Comment.Trim();
        switch (input.Action)
        {
            case SuggestionAction.Accept:
                item.State = SuggestionState.Registered;
                return (item.Kind == SuggestionKind.Motion ? "议案审查委员会决定立案" : "审查登记", null); // Chinese by design: stored timeline and notification text
            case SuggestionAction.ConvertToSuggestion:
                Require(comment, "Comment", ModelText.Review_ConvertReasonRequired);
                item.Kind = SuggestionKind.Suggestion;
                item.ReviewReason = comment;
                item.State = SuggestionState.Registered;
                return ("议案审查委员会决定转为建议", null); // Chinese by design: stored timeline and notification text
            case SuggestionAction.Reject:
                Require(comment, "Comment", ModelText.Review_RejectReasonRequired);
                item.ReviewReason = comment;
                item.State = SuggestionState.NotAccepted;
                return ("议案审查委员会决定不予立案", null); // Chinese by design: stored timeline and notification text
            case SuggestionAction.Assign:
                return await AssignAsync(item, input, on, ct);
            case SuggestionAction.Start:
                item.State = SuggestionState.Handling;
                return ("承办单位签收，开始办理", item.LeadUnitId); // Chinese by design: stored timeline and notification text
            case SuggestionAction.Return:
                return await ReturnAsync(item, comment, on, ct);
            case SuggestionAction.Answer:
                return await AnswerAsync(item, input, actor, on, ct);
            case SuggestionAction.CoUnitOpinion:
                return await CoUnitOpinionAsync(item, input, actor, on, ct);
            case SuggestionAction.Feedback:
                return await FeedbackAsync(item, input, on, ct);
            case SuggestionAction.Supervise:
                Require(input.Supervisor.Trim(), "Supervisor", ModelText.Supervision_SupervisorRequired);
                item.IsKeyItem = true;
                item.Supervisor = input.Supervisor.Trim();
                return ($"列为重点督办，督办人：{item.Supervisor}", null); // Chinese by design: stored timeline and notification text
            case SuggestionAction.CountySupervise:
                return await CountySuperviseAsync(item, comment, ct);
            case SuggestionAction.SupervisionNote:
                Require(comment, "Comment", ModelText.Supervision_NoteRequired);
                return ("督办记录", null); // Chinese by design: stored timeline and notification text
            case SuggestionAction.Close:
            case SuggestionAction.UpdateImplementation:
                if (input.Implementation is not { } implementation)
                    throw new DomainValidationException([new("Implementation", ModelText.Implementation_Required)]);
                item.Implementation = implementation;
                if (input.Action == SuggestionAction.Close)
                {
                    item.State = SuggestionState.Closed;
                    item.ClosedOn = on;
                    return ($"办结，{SuggestionLabels.Of(implementation)}", null); // Chinese by design: stored timeline and notification text
                }
                return ($"落实情况更新为{SuggestionLabels.Of(implementation)}", null); // Chinese by design: stored timeline and notification text
            default:
                throw new TransitionNotAllowedException(input.Action, item.State, []);
        }
    }

    private static void Require(string value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new DomainValidationException([new(field, message)]);
    }

    private void AddEvent(Suggestion item, SuggestionAction action, SuggestionState from, DateOnly on, string summary, string comment, Guid? unitId = null) =>
        db.Add(new SuggestionEvent
        {
            TownshipId = item.TownshipId, SuggestionId = item.Id, Action = action, FromState = from, ToState = item.State,
            OnDate = on, AtUtc = db.Clock.GetUtcNow().UtcDateTime, UserName = db.Scope.UserName, UnitId = unitId,
            Summary = summary, Comment = comment,
        });

    /// <summary>Numbers are per township and year; two secretaries saving at once retry with the next number.</summary>
    private async Task SaveNumberedAsync(Suggestion item, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            item.Sequence = 1 + (await db.Suggestions.IgnoreQueryFilters()
                .Where(s => s.TownshipId == item.TownshipId && s.Year == item.Year)
                .MaxAsync(s => (int?)s.Sequence, ct) ?? 0);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Most likely the unique (township, year, sequence) index: take the next number.
                // The failed save's audit rows are dropped; the next save writes them again.
                foreach (var audit in db.ChangeTracker.Entries<Auditing.AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
                    audit.State = EntityState.Detached;
            }
        }
    }
}
