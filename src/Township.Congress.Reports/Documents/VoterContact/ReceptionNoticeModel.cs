namespace Township.Congress.Reports.Documents.VoterContact;

/// <summary>
/// Input for the notice of a reception day (代表接待日公告), posted at the station and in the villages
/// before the day. Texts arrive formatted.
/// </summary>
/// <param name="TownshipName">"城关镇".</param>
/// <param name="StationName">"城关镇人大代表之家".</param>
/// <param name="DayText">"2026年3月10日（星期二）".</param>
/// <param name="Hours">"上午9:00—12:00"; empty to leave out.</param>
/// <param name="Place">"镇政府二楼代表之家接待室".</param>
/// <param name="DutyDeputies">The deputies on duty, in the order they are printed.</param>
/// <param name="Issuer">"城关镇人民代表大会主席团": the signature.</param>
/// <param name="PostedOn">The notice's date (its posting day), the date of the act.</param>
/// <param name="PostedOnText">"2026年3月6日".</param>
public sealed record ReceptionNoticeModel(
    string TownshipName,
    string StationName,
    string DayText,
    string Hours,
    string Place,
    IReadOnlyList<string> DutyDeputies,
    string Issuer,
    DateOnly PostedOn,
    string PostedOnText);
