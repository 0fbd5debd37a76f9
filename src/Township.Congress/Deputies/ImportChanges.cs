using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Files;
using C = Township.Congress.Deputies.RosterColumns;
using Township.Congress.Resources;

namespace Township.Congress.Deputies;

/// <summary>The changes an import leaves pending in the context: which columns they touch, and undoing them for a preview.</summary>
internal static class ImportChanges
{
    private static readonly Dictionary<string, string> Columns = new()
    {
        [nameof(Deputy.Name)] = C.Name, [nameof(Deputy.Gender)] = C.Gender, [nameof(Deputy.Ethnicity)] = C.Ethnicity,
        [nameof(Deputy.BirthDate)] = C.BirthDate, [nameof(Deputy.IdCardNumber)] = C.IdCard, [nameof(Deputy.Affiliation)] = C.Affiliation,
        [nameof(Deputy.Education)] = C.Education, [nameof(Deputy.Occupation)] = C.Occupation, [nameof(Deputy.Category)] = C.Category,
        [nameof(Deputy.Levels)] = C.Levels, [nameof(Deputy.VillageId)] = C.Village, [nameof(Deputy.WorkUnit)] = C.WorkUnit,
        [nameof(Deputy.Constituency)] = C.Constituency, [nameof(Deputy.Phone)] = C.Phone, [nameof(Deputy.GroupId)] = C.Group,
    };

    public static IReadOnlyList<string> ChangedColumns(CongressDbContext db, Deputy deputy)
    {
        var entry = db.Entry(deputy);
        entry.DetectChanges();
        return entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => Columns.GetValueOrDefault(p.Metadata.Name)).OfType<string>().ToList();
    }

    /// <summary>Puts every pending change back, so a preview leaves the context as it found it.</summary>
    public static void Discard(CongressDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State == EntityState.Added) entry.State = EntityState.Detached;
            else if (entry.State == EntityState.Modified)
            {
                entry.CurrentValues.SetValues(entry.OriginalValues);
                entry.State = EntityState.Unchanged;
            }
        }
    }
}

/// <summary>The hidden "id/version" cell an export writes per row (<see cref="C.RowKey"/>).</summary>
internal static class RowKey
{
    public static string Of(Deputy d) => $"{d.Id}/{d.Version.ToString(CultureInfo.InvariantCulture)}";

    public static (Guid Id, long Version)? Read(SheetRow row)
    {
        var text = row.Text(C.RowKey);
        if (text.Length == 0) return null;
        var parts = text.Split('/');
        if (parts.Length == 2 && Guid.TryParse(parts[0], out var id) &&
            long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return (id, version);
        row.Error(C.RowKey, ModelText.Roster_RowKeyAltered);
        return null;
    }
}

/// <summary>The template's example row: marked （示例）, or the unmarked 张三 of templates handed out before the mark.</summary>
internal static class ExampleRow
{
    public static bool Is(SheetRow row)
    {
        var name = row.Text(C.Name);
        if (name.Contains(C.ExampleMark, StringComparison.Ordinal) || name.Contains("(示例)", StringComparison.Ordinal)) return true; // Chinese by design: recognises the template's Chinese example row
        return name == "张三" && row.Text(C.Occupation) == "村党支部书记" && row.Text(C.Constituency) == "第一选区" // Chinese by design: recognises the template's Chinese example row
            && row.Text(C.IdCard).Length == 0 && row.Text(C.Phone).Length == 0 && row.Text(C.BirthDate) is "1975-03-18" or "";
    }
}
