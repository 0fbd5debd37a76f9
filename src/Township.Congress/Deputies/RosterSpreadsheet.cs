using Microsoft.EntityFrameworkCore;
using MiniExcel = MiniExcelLibs.MiniExcel;
using Township.Congress.Data;
using Township.Congress.Files;
using C = Township.Congress.Deputies.RosterColumns;

namespace Township.Congress.Deputies;

/// <summary>Roster export (.xlsx) and the import template. Phones are masked unless the user may see them.</summary>
public static class RosterSpreadsheet
{
    public static async Task<byte[]> ExportAsync(CongressDbContext db, Guid townshipId, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var villages = await db.Villages.Where(v => v.TownshipId == townshipId).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        var deputies = await db.Deputies.AsNoTracking().Include(d => d.Group).Where(d => d.TownshipId == townshipId)
            .OrderBy(d => d.Group == null ? int.MaxValue : d.Group.SortOrder).ThenBy(d => d.NameInitials).ToListAsync(ct);
        var scope = db.Scope;
        var rows = deputies.Select(d => new Dictionary<string, object?>
        {
            [C.Name] = d.Name,
            [C.Gender] = DeputyLabels.Of(d.Gender),
            [C.Ethnicity] = d.Ethnicity,
            [C.BirthDate] = d.BirthDate?.ToString("yyyy-MM-dd") ?? "",
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
        }).ToList();
        return Save(rows, C.Importable.Append(C.Status));
    }

    /// <summary>An empty sheet with the importable columns and one example row to overwrite.</summary>
    public static byte[] Template()
    {
        var example = new Dictionary<string, object?>
        {
            #region Chinese by design: the Chinese roster file (sample row, sheet name)
            [C.Name] = "张三", [C.Gender] = "男", [C.Ethnicity] = "汉族", [C.BirthDate] = "1975-03-18",
            [C.IdCard] = "", [C.Affiliation] = "中共党员", [C.Education] = "大专", [C.Occupation] = "村党支部书记",
            [C.Category] = "村社干部", [C.Levels] = "乡", [C.Village] = "", [C.WorkUnit] = "", [C.Constituency] = "第一选区",
            #endregion
            [C.Phone] = "", [C.Group] = "",
        };
        return Save([example], C.Importable);
    }

    private static byte[] Save(IEnumerable<Dictionary<string, object?>> rows, IEnumerable<string> columns)
    {
        // Every text cell through the one guard against formulas (names, work units, phones starting with +).
        var list = rows.Select(r => r.ToDictionary(c => c.Key, c => SpreadsheetText.Cell(c.Value))).ToList();
        if (list.Count == 0) list.Add(columns.ToDictionary(c => c, _ => (object?)null));
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, list, sheetName: "代表名册"); // Chinese by design: the Chinese roster file (sample row, sheet name)
        return stream.ToArray();
    }
}
