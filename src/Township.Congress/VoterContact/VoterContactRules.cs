using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.VoterContact;

/// <summary>The thresholds of voter contact, each a county setting (domain.md, "Contact with voters").</summary>
public static class VoterContactRules
{
    /// <summary>Each station holds at least this many reception days a month.</summary>
    public static readonly RuleSetting ReceptionDaysPerMonth =
        new("voter-contact.reception-days-per-month", RuleArea.VoterContact, RuleUnit.Count, 1, 0, 10, () => ModelText.Rule_ReceptionDaysPerMonth);

    /// <summary>The reception notice goes up at least this many days before the day.</summary>
    public static readonly RuleSetting NoticeDaysAhead =
        new("voter-contact.notice-days-ahead", RuleArea.VoterContact, RuleUnit.Days, 3, 0, 30, () => ModelText.Rule_NoticeDaysAhead);

    /// <summary>Each deputy has at least this many person-times of contact with voters a year.</summary>
    public static readonly RuleSetting PersonTimesPerYear =
        new("voter-contact.person-times-per-year", RuleArea.VoterContact, RuleUnit.Count, 10, 0, 1000, () => ModelText.Rule_ContactPersonTimesPerYear);

    /// <summary>Each deputy is on duty on at least this many reception days a year.</summary>
    public static readonly RuleSetting DutyDaysPerYear =
        new("voter-contact.duty-days-per-year", RuleArea.VoterContact, RuleUnit.Count, 2, 0, 24, () => ModelText.Rule_DutyDaysPerYear);

    /// <summary>
    /// Whether the notice of a reception on <paramref name="day"/> is late: posted fewer than
    /// <see cref="NoticeDaysAhead"/> days before it, or not posted although that many days before has passed.
    /// </summary>
    public static bool NoticeIsLate(DateOnly day, DateOnly? postedOn, DateOnly today, CountyRules rules)
    {
        var ahead = rules.Whole(NoticeDaysAhead);
        return postedOn is { } posted ? day.DayNumber - posted.DayNumber < ahead : today.DayNumber > day.DayNumber - ahead;
    }

    /// <summary>
    /// A deputy's person-times of contact in a year (联系选民人次): the constituents met in the deputy's own
    /// contacts plus every visitor received on a reception day the deputy was on duty. A visitor on a day
    /// with two duty deputies counts once for each of them: both met the person.
    /// </summary>
    public static int PersonTimes(int constituentsMet, int visitorsOnDutyDays) => constituentsMet + visitorsOnDutyDays;

    /// <summary>Whether a deputy's year falls short of <see cref="PersonTimesPerYear"/>.</summary>
    public static bool ContactIsShort(int personTimes, CountyRules rules) => personTimes < rules.Whole(PersonTimesPerYear);

    /// <summary>Whether a deputy's year falls short of <see cref="DutyDaysPerYear"/>.</summary>
    public static bool DutyIsShort(int dutyDays, CountyRules rules) => dutyDays < rules.Whole(DutyDaysPerYear);

    /// <summary>Whether a station's month falls short of <see cref="ReceptionDaysPerMonth"/>.</summary>
    public static bool MonthIsShort(int receptionDays, CountyRules rules) => receptionDays < rules.Whole(ReceptionDaysPerMonth);
}
