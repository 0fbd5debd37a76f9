namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>Input for a session's sign-in sheet (签到表); deputies print in the order given, usually grouped by deputy group.</summary>
/// <param name="Title">The sheet's name, e.g. "代表签到表"; printed after the session name.</param>
/// <param name="DateText">"2026年3月8日".</param>
/// <param name="Sittings">
/// One signature column per sitting: a day ("3月8日") or a half day ("3月8日上午"). Empty: one column headed 签名.
/// </param>
public sealed record SignInSheetModel(string Title, string SessionName, string DateText, IReadOnlyList<SignInEntry> Deputies,
    IReadOnlyList<string>? Sittings = null);
