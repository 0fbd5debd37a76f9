namespace Township.Congress.Deputies;

/// <summary>
/// The Chinese names of the deputy enums. They are domain terms (printed in rosters and read
/// back from imported spreadsheets), so they live with the model rather than in UI resources.
/// </summary>
public static class DeputyLabels
{
    public static readonly IReadOnlyDictionary<DeputyStatus, string> Status = new Dictionary<DeputyStatus, string>
    {
        [DeputyStatus.InOffice] = "在任",
        [DeputyStatus.Resigned] = "辞职",
        [DeputyStatus.Recalled] = "罢免",
        [DeputyStatus.TransferredOut] = "调离",
        [DeputyStatus.Deceased] = "去世",
    };

    public static readonly IReadOnlyDictionary<DeputyCategory, string> Category = new Dictionary<DeputyCategory, string>
    {
        [DeputyCategory.PartyGovernmentCadre] = "党政干部",
        [DeputyCategory.VillageCadre] = "村社干部",
        [DeputyCategory.Farmer] = "农民",
        [DeputyCategory.Worker] = "工人",
        [DeputyCategory.BusinessLeader] = "企业负责人",
        [DeputyCategory.Professional] = "专业技术人员",
        [DeputyCategory.Teacher] = "教师",
        [DeputyCategory.MedicalWorker] = "医务人员",
        [DeputyCategory.Other] = "其他",
    };

    public static readonly IReadOnlyDictionary<Gender, string> Gender = new Dictionary<Gender, string>
    {
        [Deputies.Gender.Male] = "男",
        [Deputies.Gender.Female] = "女",
    };

    public static readonly IReadOnlyDictionary<DeputyLevels, string> Level = new Dictionary<DeputyLevels, string>
    {
        [DeputyLevels.Township] = "乡",
        [DeputyLevels.County] = "县",
        [DeputyLevels.City] = "市",
        [DeputyLevels.Province] = "省",
        [DeputyLevels.National] = "全国",
    };

    /// <summary>乡、县 — the levels held, lowest first.</summary>
    public static string Levels(DeputyLevels levels) =>
        string.Join("、", Level.Where(l => levels.HasFlag(l.Key)).Select(l => l.Value));

    public static DeputyLevels ParseLevels(string text)
    {
        var result = DeputyLevels.None;
        foreach (var part in text.Split(['、', ',', '，', ' ', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var match = Level.FirstOrDefault(l => l.Value == part || part.StartsWith(l.Value, StringComparison.Ordinal));
            if (match.Key == DeputyLevels.None) return DeputyLevels.None;
            result |= match.Key;
        }
        return result;
    }

    public static bool TryParse<T>(IReadOnlyDictionary<T, string> labels, string? text, out T value) where T : struct
    {
        var match = labels.FirstOrDefault(l => l.Value == text?.Trim());
        value = match.Key;
        return match.Value is not null;
    }
}
