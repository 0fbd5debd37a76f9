using Microsoft.EntityFrameworkCore;
using MiniExcel = MiniExcelLibs.MiniExcel;
using Township.Congress.Data;
using Township.Congress.Files;
using Township.Congress.Formatting;
using C = Township.Congress.Deputies.RosterColumns;
using Township.Congress.Resources;

namespace Township.Congress.Deputies;

/// <summary>One problem in an imported sheet: Excel row number, column and reason, in Chinese.</summary>
public sealed record ImportError(int Row, string Column, string Reason);

public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports a roster sheet all or nothing: every bad row is reported and then nothing is written.
/// Rows match existing deputies by 公民身份号码 when given, otherwise by 姓名 + 出生日期, so
/// importing the same file twice updates instead of duplicating. Status is not imported: a
/// status change needs a date and a reason and goes through the roster page.
/// </summary>
public sealed class RosterImport(CongressDbContext db)
{
    public async Task<ImportResult> ImportAsync(Guid townshipId, Stream xlsx, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        }
        // Whatever the reader throws on a file that is no sheet, it is the file's fault, not ours.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ImportResult(0, 0, [new ImportError(0, "", ModelText.Roster_FileUnreadable)]);
        }
        var term = await db.CurrentTermAsync(townshipId, ct);
        var villages = await db.Villages.Where(v => v.TownshipId == townshipId).ToDictionaryAsync(v => v.Name, v => v.Id, ct);
        var groups = await db.DeputyGroups.Where(g => g.TownshipId == townshipId).ToDictionaryAsync(g => g.Name, g => g.Id, ct);
        var existing = await db.Deputies.Where(d => d.TownshipId == townshipId).ToListAsync(ct);
        var byIdCard = existing.Where(d => d.IdCardNumber != null).ToDictionary(d => d.IdCardNumber!);
        var byNameBirth = existing.GroupBy(d => (d.Name, d.BirthDate)).ToDictionary(g => g.Key, g => g.First());

        var errors = new List<ImportError>();
        if (rows.Count > 0 && !rows[0].ContainsKey(C.Name))
            errors.Add(new ImportError(1, C.Name, ModelText.Roster_NameColumnMissing));
        if (term is null) errors.Add(new ImportError(0, "", DeputyQueries.NoTermMessage));
        var today = ChineseDate.TodayInChina(db.Clock);
        var rules = new DeputyService(db);
        var seenKeys = new HashSet<string>();
        var parsed = new List<(int Row, DeputyInput Input)>();
        for (var i = 0; i < rows.Count && errors.Count < 1000; i++)
        {
            var rowNumber = i + 2; // Excel row: the header is row 1
            var row = new SheetRow(rows[i], rowNumber, errors, "1975-03-18");
            if (row.IsBlank) continue;
            var input = RowParser.Parse(row, villages, groups);
            foreach (var e in rules.Validate(input)) errors.Add(new ImportError(rowNumber, RowParser.ColumnOf(e.Field), e.Message));
            var key = input.IdCardNumber ?? $"{input.Name}|{input.BirthDate}";
            if (!seenKeys.Add(key)) errors.Add(new ImportError(rowNumber, input.IdCardNumber is null ? C.Name : C.IdCard, ModelText.Roster_DuplicateRow));
            parsed.Add((rowNumber, input));
        }
        if (errors.Count > 0) return new ImportResult(0, 0, errors);

        int created = 0, updated = 0;
        foreach (var (_, input) in parsed)
        {
            var match = input.IdCardNumber is { } id && byIdCard.TryGetValue(id, out var d1) ? d1
                : byNameBirth.GetValueOrDefault((input.Name, input.BirthDate));
            if (match is null)
            {
                match = new Deputy { Name = input.Name, TownshipId = townshipId, TermId = term!.Id, StatusSince = today };
                db.Deputies.Add(match);
                created++;
            }
            else updated++;
            DeputyService.Apply(match, input);
        }
        await db.SaveChangesAsync(ct);
        return new ImportResult(created, updated, []);
    }
}
