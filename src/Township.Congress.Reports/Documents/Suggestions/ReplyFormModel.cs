namespace Township.Congress.Reports.Documents.Suggestions;

/// <summary>
/// Input for the reply form (办理情况答复表) printed for a unit without a login: the facts of the item are
/// printed, the unit fills in the rest by hand and returns it, and the secretary types it in.
/// </summary>
/// <param name="TownshipName">"城关镇"; names the issuer when <paramref name="Issuer"/> is empty.</param>
/// <param name="Issuer">"城关镇人民代表大会主席团", to whom the form is returned.</param>
/// <param name="UnitName">The lead unit (主办单位), which answers the deputy.</param>
/// <param name="CoUnitNames">协办单位; empty prints "无".</param>
/// <param name="DeadlineText">答复期限 "2026年6月2日".</param>
/// <param name="ItemKindName">"建议" gives the title 代表建议办理情况答复表; "议案" 代表议案办理情况答复表.</param>
public sealed record ReplyFormModel(
    string TownshipName,
    string Issuer,
    string ItemNumber,
    string Title,
    string LeadDeputy,
    IReadOnlyList<string> CoSigners,
    string UnitName,
    IReadOnlyList<string> CoUnitNames,
    string AssignedOnText,
    string DeadlineText,
    string ItemKindName = "建议")
{
    /// <summary>The form that goes with an assignment letter: always the lead unit's, also when the letter is to a co-unit.</summary>
    public static ReplyFormModel For(AssignmentLetterModel letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return new ReplyFormModel(
            letter.TownshipName,
            letter.Issuer,
            letter.ItemNumber,
            letter.Title,
            letter.LeadDeputy,
            letter.CoSigners,
            SuggestionText.LeadUnit(letter),
            letter.CoUnitNames,
            letter.AssignedOnText,
            letter.DeadlineText,
            letter.ItemKindName);
    }
}
