namespace Township.Congress.Reports.Documents.Suggestions;

/// <summary>
/// Input for the assignment letter (交办函) by which the presidium gives one deputy suggestion to a handling
/// unit; one letter per unit, to the lead unit (主办) or to a co-unit (协办). Texts arrive formatted.
/// </summary>
/// <param name="TownshipName">"城关镇"; names the issuer when <paramref name="Issuer"/> is empty.</param>
/// <param name="Issuer">"城关镇人民代表大会主席团": in the title, the body and the signature.</param>
/// <param name="LetterNumber">发文字号 "城关人大交〔2026〕17号", printed at the right above the title; empty to leave out.</param>
/// <param name="UnitName">The addressee (主送机关): the lead unit, or the co-unit when <paramref name="IsCoUnit"/>.</param>
/// <param name="IsCoUnit">The letter to a co-unit: it asks for help to the lead unit (协办) instead of handling (主办).</param>
/// <param name="CoUnitNames">All co-units of the item (the addressee among them when it is one); empty when none.</param>
/// <param name="ItemNumber">"2026-017".</param>
/// <param name="ItemKindName">"建议", "议案", "批评" or "意见"; the letter speaks of 代表建议, 代表议案, ….</param>
/// <param name="Title">The item's title, e.g. "关于修缮东关村至西河村道路的建议"; printed in 《》.</param>
/// <param name="Text">The item's text as the deputy wrote it, paragraphs separated by newlines; printed as the attachment.</param>
/// <param name="CoSigners">附议代表, in order; empty when the lead deputy raised the item alone.</param>
/// <param name="CategoryName">类别, e.g. "农业农村".</param>
/// <param name="RaisedWhen">"城关镇第十三届人民代表大会第三次会议期间" or "闭会期间".</param>
/// <param name="AssignedOnText">交办日期 "2026年3月2日".</param>
/// <param name="DeadlineText">办理期限, the date by which the deputy must have the written answer, "2026年6月2日".</param>
/// <param name="IsRehandling">The deputy was not satisfied with the answer: the item is handled again and answered within one month.</param>
/// <param name="SignedOnText">成文日期 under the issuer, "2026年3月2日".</param>
/// <param name="Remarks">One more paragraph of the presidium's own, printed after the rules; empty to leave out.</param>
/// <param name="LeadUnitName">The lead unit, required in the letter to a co-unit; ignored in the lead unit's own letter (the lead unit is <paramref name="UnitName"/>).</param>
/// <param name="CoUnitDeadlineText">
/// Date by which a co-unit sends its opinion to the lead unit, "2026年5月2日"; when empty the letter to a
/// co-unit says "自收到本函之日起一个月内" (十五日内 when re-handled).
/// </param>
/// <param name="DissatisfiedOpinion">When <paramref name="IsRehandling"/>: the lead deputy's opinion on the answer, quoted so the unit knows what to improve.</param>
public sealed record AssignmentLetterModel(
    string TownshipName,
    string Issuer,
    string LetterNumber,
    string UnitName,
    bool IsCoUnit,
    IReadOnlyList<string> CoUnitNames,
    string ItemNumber,
    string ItemKindName,
    string Title,
    string Text,
    string LeadDeputy,
    IReadOnlyList<string> CoSigners,
    string CategoryName,
    string RaisedWhen,
    string AssignedOnText,
    string DeadlineText,
    bool IsRehandling,
    string SignedOnText,
    string? Remarks = null,
    string? LeadUnitName = null,
    string? CoUnitDeadlineText = null,
    string? DissatisfiedOpinion = null);
