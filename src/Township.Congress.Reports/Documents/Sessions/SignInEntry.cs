namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>One line of the sign-in sheet; <paramref name="GroupName"/> may be empty for a deputy in no group.</summary>
public sealed record SignInEntry(string Name, string GroupName);
