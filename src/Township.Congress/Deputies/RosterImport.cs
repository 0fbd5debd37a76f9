using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Files;
using Township.Congress.Formatting;
using C = Township.Congress.Deputies.RosterColumns;
using Township.Congress.Resources;

namespace Township.Congress.Deputies;

/// <summary>
/// Imports a roster sheet all or nothing: every bad row is reported and then nothing is written.
/// Rows of an export match their record by the hidden 记录标识; other rows by 公民身份号码 when
/// given, otherwise by 姓名 + 出生日期, so importing the same file twice updates instead of
/// duplicating. A row whose record changed after the export was made is refused: an older file
/// would silently undo the newer edit. With <c>preview</c> it only reports what it would change.
/// The template's example row (（示例）) is skipped. Status is not imported: a status change
/// needs a date and a reason and goes through the roster page.
/// </summary>
public sealed class RosterImport(CongressDbContext db)
{
    public async Task<ImportResult> ImportAsync(Guid townshipId, Stream xlsx, CancellationToken ct = default) =>
        await ImportAsync(townshipId, xlsx, preview: false, ct);

    public async Task<ImportResult> ImportAsync(Guid townshipId, Stream xlsx, bool preview, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = SheetReader.Read(xlsx);
        }
        // Whatever the reader throws on a file that is no sheet, it is the file's fault, not ours.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ImportResult(0, 0, [new ImportError(0, "", ModelText.Roster_FileUnreadable)]) { Preview = preview };
        }
        var term = await db.CurrentTermAsync(townshipId, ct);
        var villages = await db.Villages.Where(v => v.TownshipId == townshipId).ToDictionaryAsync(v => v.Name, v => v.Id, ct);
        var groups = await db.DeputyGroups.Where(g => g.TownshipId == townshipId).ToDictionaryAsync(g => g.Name, g => g.Id, ct);
        var existing = await db.Deputies.Where(d => d.TownshipId == townshipId).ToListAsync(ct);
        var byId = existing.ToDictionary(d => d.Id);
        var byIdCard = existing.Where(d => d.IdCardNumber != null).ToDictionary(d => d.IdCardNumber!);
        var byNameBirth = existing.GroupBy(d => (d.Name, d.BirthDate)).ToDictionary(g => g.Key, g => g.First());

        var errors = new List<ImportError>();
        if (rows.Count > 0 && !rows[0].ContainsKey(C.Name))
            errors.Add(new ImportError(1, C.Name, ModelText.Roster_NameColumnMissing));
        if (term is null) errors.Add(new ImportError(0, "", DeputyQueries.NoTermMessage));
        var today = ChineseDate.TodayInChina(db.Clock);
        var rules = new DeputyService(db);
        var seenKeys = new HashSet<string>();
        var parsed = new List<(int Row, DeputyInput Input, Deputy? Match)>();
        var examples = 0;
        for (var i = 0; i < rows.Count && errors.Count < 1000; i++)
        {
            var rowNumber = i + 2; // Excel row: the header is row 1
            var row = new SheetRow(rows[i], rowNumber, errors, "1975-03-18");
            if (row.IsBlank) continue;
            if (ExampleRow.Is(row)) { examples++; continue; }
            var input = RowParser.Parse(row, villages, groups);
            // A cell the parser already refused is reported once, with the parser's more precise reason.
            foreach (var e in rules.Validate(input).Where(e => !row.HasError(RowParser.ColumnOf(e.Field))))
                errors.Add(new ImportError(rowNumber, RowParser.ColumnOf(e.Field), e.Message));
            var key = input.IdCardNumber ?? $"{input.Name}|{input.BirthDate}";
            if (!seenKeys.Add(key)) errors.Add(new ImportError(rowNumber, input.IdCardNumber is null ? C.Name : C.IdCard, ModelText.Roster_DuplicateRow));
            var match = RowKey.Read(row) is { } exported ? ExportedRecord(row, exported, byId)
                : input.IdCardNumber is { } id && byIdCard.TryGetValue(id, out var d1) ? d1
                : byNameBirth.GetValueOrDefault((input.Name, input.BirthDate));
            parsed.Add((rowNumber, input, match));
        }
        if (errors.Count > 0) return new ImportResult(0, 0, errors) { Preview = preview, ExampleRowsSkipped = examples };

        var changes = new List<ImportRowChange>();
        foreach (var (rowNumber, input, found) in parsed)
        {
            var match = found;
            if (match is null)
            {
                match = new Deputy { Name = input.Name, TownshipId = townshipId, TermId = term!.Id, StatusSince = today };
                db.Deputies.Add(match);
            }
            DeputyService.Apply(match, input);
            changes.Add(new ImportRowChange(rowNumber, input.Name, found is null ? ImportRowKind.Created : ImportRowKind.Changed, []));
        }
        await GroupLeadership.ReleaseLeadersWhoLeftAsync(db, ct);
        changes = changes.Select((c, i) => c.Kind == ImportRowKind.Created ? c : ChangeOf(c, parsed[i].Match!)).ToList();
        var result = new ImportResult(changes.Count(c => c.Kind == ImportRowKind.Created), changes.Count(c => c.Kind != ImportRowKind.Created), [])
        {
            Preview = preview, ExampleRowsSkipped = examples, Rows = changes,
        };
        if (preview) ImportChanges.Discard(db);
        else await db.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>The record an export row came from, or an error when it is not ours or changed since the export.</summary>
    private static Deputy? ExportedRecord(SheetRow row, (Guid Id, long Version) exported, Dictionary<Guid, Deputy> byId)
    {
        if (!byId.TryGetValue(exported.Id, out var deputy))
        {
            row.Error(C.RowKey, ModelText.Roster_RowKeyOfOtherTownship);
            return null;
        }
        if (deputy.Version != exported.Version)
            row.Error(C.RowKey, string.Format(ModelText.Roster_ChangedSinceExport, deputy.Name));
        return deputy;
    }

    private ImportRowChange ChangeOf(ImportRowChange row, Deputy deputy)
    {
        var columns = ImportChanges.ChangedColumns(db, deputy);
        return row with { Kind = columns.Count == 0 ? ImportRowKind.Unchanged : ImportRowKind.Changed, ChangedColumns = columns };
    }
}
