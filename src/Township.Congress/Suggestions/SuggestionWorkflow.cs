using Township.Congress.Resources;

namespace Township.Congress.Suggestions;

/// <summary>Who is acting on an item; decides which steps are offered.</summary>
public enum SuggestionActor
{
    /// <summary>Reads only (county staff, the chair, a unit the item is not assigned to).</summary>
    Viewer,
    /// <summary>The township's secretary: every step, including answers typed from a unit's paper reply.</summary>
    Secretary,
    /// <summary>The current lead unit (主办单位).</summary>
    LeadUnit,
    /// <summary>A current co-unit (协办单位).</summary>
    CoUnit,
    /// <summary>The county's standing committee (县人大常委会) over one of its townships: reads, and supervises (督办).</summary>
    County,
}

/// <summary>
/// The lifecycle as a table: which steps are allowed in which state, for whom. The service
/// refuses anything not listed here, so a page, the API and a test all meet the same rules.
/// </summary>
public static class SuggestionWorkflow
{
    public static IReadOnlyList<SuggestionAction> Allowed(SuggestionFacts item, SuggestionActor actor, DateOnly today, WorkCalendar calendar)
    {
        var allowed = new List<SuggestionAction>();
        if (actor == SuggestionActor.Viewer) return allowed;
        if (actor == SuggestionActor.County)
        {
            // The county supervises what is still being worked on; it takes no step of the township's.
            if (IsUnderWay(item.State)) allowed.Add(SuggestionAction.CountySupervise);
            return allowed;
        }
        var mayReturn = item.Round == 1 && item.AssignedOn is { } assignedOn
            && today <= SuggestionRules.LastReturnDay(assignedOn, calendar);
        if (actor == SuggestionActor.LeadUnit)
        {
            if (item.State == SuggestionState.Assigned) allowed.Add(SuggestionAction.Start);
            if (SuggestionRules.IsWaitingForAnswer(item.State))
            {
                allowed.Add(SuggestionAction.Answer);
                if (mayReturn) allowed.Add(SuggestionAction.Return);
            }
            return allowed;
        }
        if (actor == SuggestionActor.CoUnit)
        {
            if (SuggestionRules.IsWaitingForAnswer(item.State)) allowed.Add(SuggestionAction.CoUnitOpinion);
            return allowed;
        }

        switch (item.State)
        {
            case SuggestionState.Submitted:
                allowed.Add(SuggestionAction.Accept);
                if (item.Kind == SuggestionKind.Motion)
                {
                    allowed.Add(SuggestionAction.ConvertToSuggestion);
                    allowed.Add(SuggestionAction.Reject);
                }
                else
                {
                    // Suggestions need no motions committee: assigning one registers it too.
                    allowed.Add(SuggestionAction.Assign);
                }
                break;
            case SuggestionState.Registered:
                allowed.Add(SuggestionAction.Assign);
                break;
            case SuggestionState.Assigned:
            case SuggestionState.Handling:
                if (item.State == SuggestionState.Assigned) allowed.Add(SuggestionAction.Start);
                allowed.Add(SuggestionAction.Answer);
                allowed.Add(SuggestionAction.CoUnitOpinion);
                if (mayReturn) allowed.Add(SuggestionAction.Return);
                break;
            case SuggestionState.Answered:
                allowed.Add(SuggestionAction.Feedback);
                break;
            case SuggestionState.Evaluated:
                allowed.Add(SuggestionAction.Feedback);
                allowed.Add(SuggestionAction.Close);
                break;
            case SuggestionState.Closed:
                allowed.Add(SuggestionAction.UpdateImplementation);
                break;
        }
        if (IsUnderWay(item.State))
        {
            allowed.Add(SuggestionAction.Supervise);
            if (item.IsKeyItem) allowed.Add(SuggestionAction.SupervisionNote);
        }
        return allowed;
    }

    /// <summary>Registered and not yet closed: what supervision (督办) is about.</summary>
    public static bool IsUnderWay(SuggestionState state) => state is SuggestionState.Registered or SuggestionState.Assigned
        or SuggestionState.Handling or SuggestionState.Answered or SuggestionState.Evaluated;

    /// <summary>An item's own facts may be edited until it is assigned (pages and the service ask this).</summary>
    public static bool MayEdit(SuggestionState state) => state is SuggestionState.Submitted or SuggestionState.Registered;

    /// <summary>Only raw items not yet assigned are merged; a merged item is never a source again.</summary>
    public static bool MayMerge(SuggestionState state, int mergedSourceCount) => MayEdit(state) && mergedSourceCount == 0;
}

/// <summary>What the workflow needs to know about an item.</summary>
public sealed record SuggestionFacts(SuggestionKind Kind, SuggestionState State, int Round, DateOnly? AssignedOn, bool IsKeyItem)
{
    public static SuggestionFacts Of(Suggestion s) => new(s.Kind, s.State, s.Round, s.AssignedOn, s.IsKeyItem);
}

/// <summary>A step that is not allowed now; the API answers 409 with the allowed ones.</summary>
public sealed class TransitionNotAllowedException(SuggestionAction action, SuggestionState state, IReadOnlyList<SuggestionAction> allowed)
    : Exception(string.Format(ModelText.SuggestionWorkflow_NotAllowedNow, SuggestionLabels.Of(state), SuggestionLabels.Of(action))
        + (allowed.Count == 0 ? ModelText.SuggestionWorkflow_NothingAllowed
            : string.Format(ModelText.SuggestionWorkflow_AllowedSteps, string.Join(ModelText.List_Separator, allowed.Select(SuggestionLabels.Of)))))
{
    public SuggestionAction Action { get; } = action;
    public SuggestionState State { get; } = state;
    public IReadOnlyList<SuggestionAction> Allowed { get; } = allowed;
}
