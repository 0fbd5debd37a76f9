namespace Township.Congress.Reports.Documents;

/// <summary>One deputy; every field is printed as given (the caller masks the phone number if needed).</summary>
/// <param name="Affiliation">政治面貌, e.g. 中共党员.</param>
/// <param name="WorkUnitAndPost">工作单位及职务.</param>
/// <param name="Levels">Levels of the seats held, e.g. "乡、县".</param>
public sealed record RosterPrintRow(
    string Name,
    string Gender,
    string Ethnicity,
    string BirthDate,
    string Affiliation,
    string WorkUnitAndPost,
    string Education,
    string Category,
    string Village,
    string Levels,
    string Phone,
    string Status);
