using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Suggestions;

public sealed partial class SuggestionService
{
    private async Task<(string, Guid?)> AssignAsync(Suggestion item, TransitionInput input, DateOnly on, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        var countyId = await CountyOfAsync(item.TownshipId, ct);
        var wanted = new List<Guid>();
        if (input.UnitId is { } lead) wanted.Add(lead);
        else errors.Add(new("UnitId", ModelText.Assign_LeadUnitRequired));
        var coUnits = input.CoUnitIds.Distinct().Where(u => u != input.UnitId).ToList();
        wanted.AddRange(coUnits);
        // A township assigns to the county's units and its own; another township's own offices are not there for it.
        var units = await db.HandlingUnits.Where(u => wanted.Contains(u.Id) && u.CountyId == countyId && u.IsActive
                && (u.TownshipId == null || u.TownshipId == item.TownshipId))
            .ToDictionaryAsync(u => u.Id, ct);
        foreach (var id in wanted.Where(id => !units.ContainsKey(id)))
            errors.Add(new(id == input.UnitId ? "UnitId" : "CoUnitIds", ModelText.Assign_UnitUnknown));
        DomainValidationException.ThrowIfAny(errors);

        if (input.IsComplex is { } complex) item.IsComplex = complex;
        var deadline = SuggestionRules.Deadline(on, item.IsComplex);
        foreach (var (unitId, isLead) in wanted.Select((u, i) => (u, i == 0)))
        {
            db.Add(new SuggestionAssignment
            {
                TownshipId = item.TownshipId, SuggestionId = item.Id, UnitId = unitId, IsLead = isLead,
                Round = item.Round, AssignedOn = on, Deadline = deadline,
            });
        }
        item.LeadUnitId = input.UnitId;
        item.AssignedOn = on;
        item.Deadline = deadline;
        if (item.Round == 1)
        {
            // The first round's dates are what "answered on time" is measured against; a return
            // and re-assignment in the first round restarts them.
            item.FirstAssignedOn = on;
            item.FirstDeadline = deadline;
        }
        item.State = SuggestionState.Assigned;
        var leadName = units[input.UnitId!.Value].Name;
        var coNames = coUnits.Select(u => units[u].Name).ToList();
        var summary = $"交办{leadName}主办" + (coNames.Count > 0 ? $"，{string.Join("、", coNames)}协办" : "") // Chinese by design: stored timeline and notification text
            + $"，{(item.IsComplex ? "复杂事项，" : "")}办理期限{ChineseDate.Format(deadline)}"; // Chinese by design: stored timeline and notification text
        foreach (var unit in wanted)
            await NotifyUnitAsync(unit, item, NotificationKind.Assigned, $"{await DescribeForUnitAsync(item, ct)}已交办你单位{(unit == input.UnitId ? "主办" : "协办")}，请于{ChineseDate.Format(deadline)}前答复。", ct); // Chinese by design: stored timeline and notification text
        return (summary, input.UnitId);
    }

    /// <summary>县人大督办: recorded on the timeline with who, when and the note; the township is told.</summary>
    private async Task<(string, Guid?)> CountySuperviseAsync(Suggestion item, string note, CancellationToken ct)
    {
        Require(note, "Comment", ModelText.Supervision_CountyNoteRequired);
        await NotifyTownshipAsync(item, NotificationKind.Supervised, $"县人大常委会督办{Describe(item)}：{note}", ct); // Chinese by design: stored timeline and notification text
        return ($"县人大常委会督办（{db.Scope.UserName}）", item.LeadUnitId); // Chinese by design: stored timeline and notification text
    }

    private async Task<(string, Guid?)> ReturnAsync(Suggestion item, string reason, DateOnly on, CancellationToken ct)
    {
        Require(reason, "Comment", ModelText.Return_ReasonRequired);
        var current = await db.SuggestionAssignments.IgnoreQueryFilters()
            .Where(a => a.SuggestionId == item.Id && a.EndedOn == null).ToListAsync(ct);
        var lead = current.Single(a => a.IsLead);
        foreach (var a in current)
        {
            a.EndedOn = on;
            if (a.IsLead) a.ReturnReason = reason;
        }
        var unitName = await UnitNameAsync(lead.UnitId, ct);
        item.State = SuggestionState.Registered;
        item.LeadUnitId = null;
        item.AssignedOn = null;
        item.Deadline = null;
        // Returns happen in the first round only: until it is re-assigned the item counts as not
        // assigned, and the re-assignment sets the first round's dates afresh.
        item.FirstAssignedOn = null;
        item.FirstDeadline = null;
        await NotifyTownshipAsync(item, NotificationKind.Returned, $"{Describe(item)}被{unitName}退回：{reason}", ct); // Chinese by design: stored timeline and notification text
        return ($"{unitName}退回，待重新交办", lead.UnitId); // Chinese by design: stored timeline and notification text
    }

    private async Task<(string, Guid?)> AnswerAsync(Suggestion item, TransitionInput input, SuggestionActor actor, DateOnly on, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        if (input.AnswerClass is null) errors.Add(new("AnswerClass", ModelText.Answer_ClassRequired));
        if (string.IsNullOrWhiteSpace(input.Text)) errors.Add(new("Text", ModelText.Answer_TextRequired));
        if (item.AssignedOn is { } assigned && on < assigned) errors.Add(new("OnDate", ModelText.Answer_BeforeAssignment));
        DomainValidationException.ThrowIfAny(errors);
        var unitId = item.LeadUnitId!.Value;
        db.Add(new SuggestionAnswer
        {
            TownshipId = item.TownshipId, SuggestionId = item.Id, UnitId = unitId, IsLeadAnswer = true, Round = item.Round,
            AnsweredOn = on, Class = input.AnswerClass, Text = input.Text.Trim(), EnteredBySecretary = actor == SuggestionActor.Secretary,
        });
        item.AnsweredOn = on;
        if (item.Round == 1) item.FirstAnsweredOn = on;
        item.AnswerClass = input.AnswerClass;
        item.State = SuggestionState.Answered;
        var unitName = await UnitNameAsync(unitId, ct);
        #region Chinese by design: stored timeline and notification text
        var late = item.Deadline is { } d && on > d ? "（逾期）" : "";
        await NotifyTownshipAsync(item, NotificationKind.Answered, $"{Describe(item)}已由{unitName}答复（{SuggestionLabels.Short(input.AnswerClass!.Value)}）{late}，请征求代表意见。", ct);
        return ($"{unitName}答复，{SuggestionLabels.Short(input.AnswerClass!.Value)}{late}"
            + (actor == SuggestionActor.Secretary ? "（据书面答复录入）" : ""), unitId);
        #endregion
    }

    private async Task<(string, Guid?)> CoUnitOpinionAsync(Suggestion item, TransitionInput input, SuggestionActor actor, DateOnly on, CancellationToken ct)
    {
        Require(input.Text, "Text", ModelText.CoOpinion_TextRequired);
        var unitId = actor == SuggestionActor.CoUnit ? db.Scope.HandlingUnitId!.Value : input.UnitId ?? Guid.Empty;
        var isCoUnit = await db.SuggestionAssignments.IgnoreQueryFilters()
            .AnyAsync(a => a.SuggestionId == item.Id && a.UnitId == unitId && !a.IsLead && a.EndedOn == null, ct);
        if (!isCoUnit) throw new DomainValidationException([new("UnitId", ModelText.CoOpinion_UnitRequired)]);
        db.Add(new SuggestionAnswer
        {
            TownshipId = item.TownshipId, SuggestionId = item.Id, UnitId = unitId, IsLeadAnswer = false, Round = item.Round,
            AnsweredOn = on, Text = input.Text.Trim(), EnteredBySecretary = actor == SuggestionActor.Secretary,
        });
        return ($"{await UnitNameAsync(unitId, ct)}提出协办意见", unitId); // Chinese by design: stored timeline and notification text
    }

    private async Task<(string, Guid?)> FeedbackAsync(Suggestion item, TransitionInput input, DateOnly on, CancellationToken ct)
    {
        if (input.Satisfaction is not { } satisfaction) throw new DomainValidationException([new("Satisfaction", ModelText.Feedback_OpinionRequired)]);
        // 不满意 without saying why would send the unit back to work blind: the opinion goes into the re-handling letter.
        if (satisfaction == Satisfaction.Dissatisfied) Require(input.Comment, "Comment", SuggestionRules.DissatisfiedNeedsOpinion);
        var signers = await db.Set<SuggestionSigner>().IgnoreQueryFilters().Where(s => s.SuggestionId == item.Id).ToListAsync(ct);
        var deputyId = input.DeputyId ?? item.LeadDeputyId;
        var signer = signers.FirstOrDefault(s => s.DeputyId == deputyId);
        if (deputyId is not null && signer is null) throw new DomainValidationException([new("DeputyId", ModelText.Feedback_NotASigner)]);
        var isLead = signer?.IsLead ?? true; // a presidium motion has no deputy: its one feedback counts
        if (isLead && item.State == SuggestionState.Evaluated)
            throw new DomainValidationException([new("DeputyId", ModelText.Feedback_LeadAlreadyRecorded)]);
        db.Add(new SuggestionFeedback
        {
            TownshipId = item.TownshipId, SuggestionId = item.Id, DeputyId = deputyId, DeputyName = signer?.DeputyName ?? "主席团", // Chinese by design: stored timeline and notification text
            IsLead = isLead, Round = item.Round, RecordedOn = on, Satisfaction = satisfaction, Comment = input.Comment.Trim(),
        });
        var who = $"{signer?.DeputyName ?? "主席团"}{(isLead ? "（领衔）" : "（附议）")}"; // Chinese by design: stored timeline and notification text
        if (!isLead) return ($"{who}：{SuggestionLabels.Of(satisfaction)}", null); // Chinese by design: stored timeline and notification text

        item.LeadSatisfaction = satisfaction;
        if (satisfaction != Satisfaction.Dissatisfied || item.Round > 1)
        {
            // The Deputies Law grants one re-handling; after it the item is evaluated whatever the verdict.
            item.State = SuggestionState.Evaluated;
            return ($"{who}：{SuggestionLabels.Of(satisfaction)}", null); // Chinese by design: stored timeline and notification text
        }
        return await RehandleAsync(item, on, who, input.Comment.Trim(), ct);
    }

    /// <summary>不满意: the same units handle it again and answer within one month.</summary>
    private async Task<(string, Guid?)> RehandleAsync(Suggestion item, DateOnly on, string who, string opinion, CancellationToken ct)
    {
        var current = await db.SuggestionAssignments.IgnoreQueryFilters()
            .Where(a => a.SuggestionId == item.Id && a.EndedOn == null).ToListAsync(ct);
        item.Round++;
        var deadline = SuggestionRules.RehandlingDeadline(on);
        foreach (var a in current)
        {
            a.EndedOn = on;
            db.Add(new SuggestionAssignment
            {
                TownshipId = item.TownshipId, SuggestionId = item.Id, UnitId = a.UnitId, IsLead = a.IsLead, Round = item.Round,
                AssignedOn = on, Deadline = deadline,
            });
            await NotifyUnitAsync(a.UnitId, item, NotificationKind.Rehandling,
                $"代表对{await DescribeForUnitAsync(item, ct)}的答复不满意（代表意见：{opinion}），请重新办理并于{ChineseDate.Format(deadline)}前再次答复。", ct); // Chinese by design: stored timeline and notification text
        }
        item.AssignedOn = on;
        item.Deadline = deadline;
        item.State = SuggestionState.Assigned;
        return ($"{who}：不满意，退回重新办理，期限{ChineseDate.Format(deadline)}", item.LeadUnitId); // Chinese by design: stored timeline and notification text
    }

    private static string Describe(Suggestion item) => $"{SuggestionLabels.Of(item.Kind)}{item.Number}《{item.Title}》"; // Chinese by design: stored timeline and notification text

    /// <summary>A county unit serves every township, whose numbers repeat: its notices name the township first.</summary>
    private async Task<string> DescribeForUnitAsync(Suggestion item, CancellationToken ct) =>
        await db.Townships.IgnoreQueryFilters().Where(t => t.Id == item.TownshipId).Select(t => t.Name).SingleAsync(ct) + Describe(item);

    private async Task<Guid> CountyOfAsync(Guid townshipId, CancellationToken ct) =>
        await db.Townships.IgnoreQueryFilters().Where(t => t.Id == townshipId).Select(t => t.CountyId).SingleAsync(ct);

    private async Task<string> UnitNameAsync(Guid unitId, CancellationToken ct) =>
        await db.HandlingUnits.IgnoreQueryFilters().Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct);

    private async Task NotifyUnitAsync(Guid unitId, Suggestion item, NotificationKind kind, string text, CancellationToken ct)
    {
        var users = await db.Users.Where(u => u.HandlingUnitId == unitId).Select(u => u.Id).ToListAsync(ct);
        Notify(users, item, kind, text);
    }

    private async Task NotifyTownshipAsync(Suggestion item, NotificationKind kind, string text, CancellationToken ct)
    {
        var users = await db.Users.Where(u => u.TownshipId == item.TownshipId).Select(u => u.Id).ToListAsync(ct);
        Notify(users, item, kind, text);
    }

    private void Notify(IEnumerable<Guid> users, Suggestion item, NotificationKind kind, string text)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        foreach (var user in users)
            db.Add(new Notification { UserId = user, SuggestionId = item.Id, Kind = kind, Text = text, CreatedAtUtc = now });
    }
}
