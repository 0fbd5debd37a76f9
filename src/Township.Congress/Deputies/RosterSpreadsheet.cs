using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Files;
using C = Township.Congress.Deputies.RosterColumns;

namespace Township.Congress.Deputies;

/// <summary>Roster export (.xlsx) and the import template. Phones are masked unless the user may see them.</summary>
public static class RosterSpreadsheet
{
    public static Task<byte[]> ExportAsync(CongressDbContext db, Guid townshipId, CancellationToken ct = default) =>
        ExportAsync(db, new DeputySearch { TownshipId = townshipId }, ct);

    /// <summary>The roster as the page shows it: the same filters, grouped, in name order within a group.</summary>
    public static async Task<byte[]> ExportAsync(CongressDbContext db, DeputySearch search, CancellationToken ct = default)
    {
        var townshipId = search.TownshipId ?? throw new ArgumentException("An export is of one township.", nameof(search));
        await db.FindTownshipAsync(townshipId, ct);
        var villages = await db.Villages.Where(v => v.TownshipId == townshipId).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        var deputies = await DeputyQueries.Filter(db, search).Include(d => d.Group)
            .OrderBy(d => d.Group == null ? int.MaxValue : d.Group.SortOrder).ThenBy(d => d.NameSortKey).ThenBy(d => d.Id).ToListAsync(ct);
        var scope = db.Scope;
        var rows = deputies.Select(d => new Dictionary<string, object?>
        {
            [C.Name] = d.Name,
            [C.Gender] = DeputyLabels.Of(d.Gender),
            [C.Ethnicity] = d.Ethnicity,
            [C.BirthDate] = d.BirthDate,
            [C.IdCard] = scope.DiscloseIdNumber(d.IdCardNumber),
            [C.Affiliation] = d.Affiliation,
            [C.Education] = d.Education,
            [C.Occupation] = d.Occupation,
            [C.Category] = DeputyLabels.Of(d.Category),
            [C.Levels] = DeputyLabels.Levels(d.Levels),
            [C.Village] = d.VillageId is { } v ? villages.GetValueOrDefault(v, "") : "",
            [C.WorkUnit] = d.WorkUnit ?? "",
            [C.Constituency] = d.Constituency,
            [C.Phone] = scope.DisclosePhone(d.Phone),
            [C.Group] = d.Group?.Name ?? "",
            [C.Status] = DeputyLabels.Of(d.Status),
            [C.RowKey] = RowKey.Of(d),
        }).ToList();
        var columns = C.Importable.Append(C.Status).Append(C.RowKey).ToArray();
        return TextColumns.Apply(Save(rows, columns), columns.Length, hiddenColumns: columns.Length);
    }

    /// <summary>
    /// An empty sheet with the importable columns, formatted as text, and one example row marked
    /// （示例） that the import skips, so a forgotten example never becomes a deputy.
    /// </summary>
    public static byte[] Template()
    {
        var example = new Dictionary<string, object?>
        {
            [C.Name] = "张三" + C.ExampleMark, [C.Gender] = "男", [C.Ethnicity] = "汉族", [C.BirthDate] = "1975-03-18", // Chinese by design: the Chinese roster file (sample row, sheet name)
            [C.IdCard] = "", [C.Affiliation] = "中共党员", [C.Education] = "大专", [C.Occupation] = "村党支部书记", // Chinese by design: the Chinese roster file (sample row, sheet name)
            [C.Category] = "村社干部", [C.Levels] = "乡", [C.Village] = "", [C.WorkUnit] = "", [C.Constituency] = "第一选区", // Chinese by design: the Chinese roster file (sample row, sheet name)
            [C.Phone] = "", [C.Group] = "",
        };
        return TextColumns.Apply(Save([example], C.Importable), C.Importable.Length);
    }

    private static byte[] Save(IEnumerable<Dictionary<string, object?>> rows, IEnumerable<string> columns)
    {
        // The header, then one row per deputy; SpreadsheetFile guards every text cell against formulas
        // (names, work units, phones starting with +) and writes the birth date as a date cell.
        var header = columns.ToList();
        var sheet = new List<IReadOnlyList<object?>> { header };
        sheet.AddRange(rows.Select(r => header.Select(c => r.GetValueOrDefault(c)).ToList()));
        return SpreadsheetFile.Write(new SheetContent("代表名册", sheet)); // Chinese by design: the Chinese roster file (sample row, sheet name)
    }
}
