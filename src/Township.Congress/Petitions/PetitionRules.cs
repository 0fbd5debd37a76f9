using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.Petitions;

/// <summary>
/// The limits of the 信访工作条例 (defaults): 15 days to decide acceptance and dispatch, 60 days to finish,
/// extendable once by up to 30 with a recorded reason. The Regulation counts these in calendar days
/// (日), not working days, so no <see cref="Suggestions.WorkCalendar"/> is used here.
/// </summary>
public static class PetitionRules
{
    public static readonly RuleSetting DecideWithinDays =
        new("petitions.decide-within-days", RuleArea.Petitions, RuleUnit.Days, 15, 1, 90, () => ModelText.Rule_PetitionDecideDays);

    public static readonly RuleSetting FinishWithinDays =
        new("petitions.finish-within-days", RuleArea.Petitions, RuleUnit.Days, 60, 1, 365, () => ModelText.Rule_PetitionFinishDays);

    public static readonly RuleSetting MaxExtensionDays =
        new("petitions.max-extension-days", RuleArea.Petitions, RuleUnit.Days, 30, 0, 180, () => ModelText.Rule_PetitionExtensionDays);

    /// <summary>Decide-by and finish-by for a petition received on <paramref name="receivedOn"/>: calendar days.</summary>
    public static (DateOnly DecideBy, DateOnly FinishBy) DueDates(DateOnly receivedOn, CountyRules rules) =>
        (receivedOn.AddDays(rules.Whole(DecideWithinDays)), receivedOn.AddDays(rules.Whole(FinishWithinDays)));

    /// <summary>Whether an extension of <paramref name="days"/> is allowed (the reason is checked by the service).</summary>
    public static bool ExtensionAllowed(int days, CountyRules rules) => days >= 0 && days <= rules.Whole(MaxExtensionDays);

    /// <summary>
    /// Days past the deadline that applies now: the decision's while none was made, then the (extended)
    /// finishing deadline; 0 when not overdue or closed.
    /// </summary>
    public static int DaysOverdue(Petition p, DateOnly today)
    {
        if (p.State is PetitionState.Finished or PetitionState.NotAccepted) return 0;
        var due = p.State == PetitionState.Received ? p.DecideBy : p.FinalDue;
        return today > due ? today.DayNumber - due.DayNumber : 0;
    }

    /// <summary>Whether a finished petition was finished by its (extended) deadline.</summary>
    public static bool FinishedOnTime(Petition p) => p.State == PetitionState.Finished && p.FinishedOn is { } f && f <= p.FinalDue;
}
