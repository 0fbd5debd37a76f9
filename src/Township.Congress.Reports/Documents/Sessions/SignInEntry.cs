namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>One line of the sign-in sheet; <paramref name="GroupName"/> may be empty for a deputy in no group.</summary>
/// <param name="Note">备注, e.g. "请假（外出务工）" for a deputy whose leave is already known; empty otherwise.</param>
public sealed record SignInEntry(string Name, string GroupName, string Note = "");
