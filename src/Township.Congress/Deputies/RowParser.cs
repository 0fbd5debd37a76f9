using Township.Congress.Files;
using C = Township.Congress.Deputies.RosterColumns;
using Township.Congress.Resources;

namespace Township.Congress.Deputies;

/// <summary>Maps one roster row to a <see cref="DeputyInput"/>, resolving labels and names.</summary>
internal static class RowParser
{
    public static DeputyInput Parse(SheetRow row, Dictionary<string, Guid> villages, Dictionary<string, Guid> groups)
    {
        var input = new DeputyInput
        {
            Name = row.Text(C.Name),
            Ethnicity = Or(row.Text(C.Ethnicity), "汉族"), // Chinese by design: a stored default value
            BirthDate = row.Date(C.BirthDate),
            IdCardNumber = row.Text(C.IdCard),
            Affiliation = Or(row.Text(C.Affiliation), "群众"), // Chinese by design: a stored default value
            Education = row.Text(C.Education),
            Occupation = row.Text(C.Occupation),
            WorkUnit = row.Text(C.WorkUnit),
            Constituency = row.Text(C.Constituency),
            Phone = row.Text(C.Phone),
        };
        // An ID typed into a number-formatted column arrives as a number, its last digits rounded away.
        if (row.IsNumber(C.IdCard))
            row.Error(C.IdCard, ModelText.Roster_IdCardStoredAsNumber);
        var genderText = row.Text(C.Gender);
        if (genderText.Length == 0) input.Gender = null; // read from the ID, or reported as missing
        else if (DeputyLabels.TryParse(DeputyLabels.Gender, genderText, out Gender gender)) input.Gender = gender;
        else row.Error(C.Gender, string.Format(ModelText.Roster_GenderInvalid, row.Text(C.Gender)));

        var category = row.Text(C.Category);
        if (category.Length == 0) input.Category = DeputyCategory.Other;
        else if (DeputyLabels.TryParse(DeputyLabels.Category, category, out DeputyCategory c)) input.Category = c;
        else row.Error(C.Category, $"代表结构“{category}”不在列表中（{string.Join("、", DeputyLabels.Category.Values)}）。"); // Chinese by design: a stored default value

        var levels = row.Text(C.Levels);
        input.Levels = levels.Length == 0 ? DeputyLevels.Township : DeputyLabels.ParseLevels(levels);
        if (levels.Length > 0 && input.Levels == DeputyLevels.None) row.Error(C.Levels, string.Format(ModelText.Roster_LevelsInvalid, levels));

        var village = row.Text(C.Village);
        if (village.Length > 0)
        {
            if (villages.TryGetValue(village, out var v)) input.VillageId = v;
            else row.Error(C.Village, string.Format(ModelText.Roster_VillageUnknown, village));
        }
        var group = row.Text(C.Group);
        if (group.Length > 0)
        {
            if (groups.TryGetValue(group, out var g)) input.GroupId = g;
            else row.Error(C.Group, string.Format(ModelText.Roster_GroupUnknown, group));
        }
        return input;
    }

    public static string ColumnOf(string field) => field switch
    {
        nameof(DeputyInput.Name) => C.Name,
        nameof(DeputyInput.Ethnicity) => C.Ethnicity,
        nameof(DeputyInput.BirthDate) => C.BirthDate,
        nameof(DeputyInput.IdCardNumber) => C.IdCard,
        nameof(DeputyInput.Phone) => C.Phone,
        nameof(DeputyInput.Levels) => C.Levels,
        nameof(DeputyInput.Gender) => C.Gender,
        nameof(DeputyInput.Affiliation) => C.Affiliation,
        nameof(DeputyInput.Education) => C.Education,
        nameof(DeputyInput.Occupation) => C.Occupation,
        nameof(DeputyInput.Category) => C.Category,
        nameof(DeputyInput.WorkUnit) => C.WorkUnit,
        nameof(DeputyInput.Constituency) => C.Constituency,
        _ => field,
    };

    private static string Or(string value, string fallback) => value.Length == 0 ? fallback : value;
}
