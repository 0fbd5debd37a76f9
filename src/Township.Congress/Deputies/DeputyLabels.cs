using Township.Congress.Formatting;

namespace Township.Congress.Deputies;

/// <summary>
/// The Chinese names of the deputy enums. They are domain terms (printed in rosters and read
/// back from imported spreadsheets), so they live with the model rather than in UI resources.
/// Read a name with <c>Of(value)</c>; the tables list the choices and read imports back.
/// </summary>
public static class DeputyLabels
{
    public static readonly EnumLabels<DeputyStatus> Status = new(
        (DeputyStatus.InOffice, "在任"),
        (DeputyStatus.Resigned, "辞职"),
        (DeputyStatus.Recalled, "罢免"),
        (DeputyStatus.TransferredOut, "调离"),
        (DeputyStatus.Deceased, "去世"));

    public static readonly EnumLabels<DeputyCategory> Category = new(
        (DeputyCategory.PartyGovernmentCadre, "党政干部"),
        (DeputyCategory.VillageCadre, "村社干部"),
        (DeputyCategory.Farmer, "农民"),
        (DeputyCategory.Worker, "工人"),
        (DeputyCategory.BusinessLeader, "企业负责人"),
        (DeputyCategory.Professional, "专业技术人员"),
        (DeputyCategory.Teacher, "教师"),
        (DeputyCategory.MedicalWorker, "医务人员"),
        (DeputyCategory.Other, "其他"));

    public static readonly EnumLabels<Gender> Gender = new(
        (Deputies.Gender.Male, "男"),
        (Deputies.Gender.Female, "女"));

    /// <summary>One name per level; a set of levels is written by <see cref="Levels"/>.</summary>
    public static readonly EnumLabels<DeputyLevels> Level = new(
        (DeputyLevels.Township, "乡"),
        (DeputyLevels.County, "县"),
        (DeputyLevels.City, "市"),
        (DeputyLevels.Province, "省"),
        (DeputyLevels.National, "全国"));

    public static string Of(DeputyStatus status) => Status.Of(status);

    public static string Of(DeputyCategory category) => Category.Of(category);

    public static string Of(Gender gender) => Gender.Of(gender);

    /// <summary>乡、县 — the levels held, lowest first; bits without a name print as unknown.</summary>
    public static string Levels(DeputyLevels levels)
    {
        var named = Level.Where(l => levels.HasFlag(l.Key)).Select(l => l.Value).ToList();
        var rest = levels & ~Level.Keys.Aggregate(DeputyLevels.None, (all, l) => all | l);
        if (rest != DeputyLevels.None) named.Add(Level.Of(rest));
        return string.Join("、", named);
    }

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

    public static bool TryParse<T>(EnumLabels<T> labels, string? text, out T value) where T : struct, Enum =>
        labels.TryParse(text, out value);
}
