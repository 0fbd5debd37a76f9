using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.DeputyRecords;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Reports.Documents.DeputyRecords;
using Township.Congress.Reports.Fonts;
using Township.Congress.Rules;

namespace Township.Congress.Web.Features.DeputyRecords;

/// <summary>Which township print: every deputy's 履职档案 (each on new pages) or the 亮分表.</summary>
public enum DeputyRecordPrintKind
{
    Record,
    Points,
}

/// <summary>
/// The prints of the deputy records, from the records as computed (or frozen): one deputy's 履职档案, the township's
/// batch of them, and its 亮分表; dated the records' as-of date, never the print date.
/// </summary>
public sealed class DeputyRecordPrints(FontOptions fonts)
{
    /// <summary>One deputy's record of a year, or of the term when <paramref name="year"/> is null.</summary>
    public async Task<byte[]> RecordAsync(CongressDbContext db, Guid deputyId, int? year, CancellationToken ct = default)
    {
        var deputy = await db.FindVisibleAsync<Deputy>(deputyId, ct);
        var rules = await new CountyRulesService(db).ForTownshipAsync(deputy.TownshipId, ct);
        // The township's year once: it gives the rank and how many were ranked, set-based like the list.
        var township = year is { } y ? await db.TownshipRecordsAsync(deputy.TownshipId, y, null, rules, ct) : [];
        var record = township.FirstOrDefault(r => r.DeputyId == deputyId) ?? await db.DeputyRecordAsync(deputyId, year, rules, ct);
        var (name, facts) = await FactsAsync(db, deputy.TownshipId, ct);
        var model = DeputyRecordPrintModels.Record(record, name, facts.GetValueOrDefault(deputyId, NoFacts), Ranked(township), rules, AsOf(db, record.Period));
        return DeputyRecordDocument.Render(model, fonts);
    }

    /// <summary>The township's year (to a quarter's end when given): every deputy's record in one PDF, or the 亮分表.</summary>
    public async Task<byte[]> TownshipAsync(CongressDbContext db, Guid townshipId, int? year, int? quarter, DeputyRecordPrintKind kind,
        CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var y = year ?? ChineseDate.TodayInChina(db.Clock).Year;
        var rules = await new CountyRulesService(db).ForTownshipAsync(townshipId, ct);
        var records = await db.TownshipRecordsAsync(townshipId, y, quarter, rules, ct);
        var (name, facts) = await FactsAsync(db, townshipId, ct);
        var asOf = AsOf(db, RecordPeriod.OfYear(y, quarter));
        if (kind == DeputyRecordPrintKind.Points)
        {
            var groups = await db.Set<DeputyGroup>().AsNoTracking().Where(g => g.TownshipId == townshipId).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
            return PointsTableDocument.Render(DeputyRecordPrintModels.PointsTable(records, name, groups, rules, asOf), fonts);
        }

        if (records.Count == 0)
        {
            throw new Model.DocumentNotAvailableException(string.Format(Resources.UiText.RecordPrint_NoDeputies, y));
        }

        var ranked = Ranked(records);
        var models = records.OrderBy(r => r.NameSortKey, StringComparer.Ordinal)
            .Select(r => DeputyRecordPrintModels.Record(r, name, facts.GetValueOrDefault(r.DeputyId, NoFacts), ranked, rules, asOf)).ToList();
        return DeputyRecordDocument.RenderBatch(models, fonts);
    }

    private static readonly RecordPrintFacts NoFacts = new("", "", "", "", "", "");

    private static int Ranked(IReadOnlyList<DeputyRecord> records) => records.Count(r => r.Points is not null);

    private static DateOnly AsOf(CongressDbContext db, RecordPeriod period) => DeputyRecordPrintModels.AsOf(period, ChineseDate.TodayInChina(db.Clock));

    /// <summary>The township's name and every deputy's facts for 基本情况, in two queries.</summary>
    private static async Task<(string Name, Dictionary<Guid, RecordPrintFacts> Facts)> FactsAsync(CongressDbContext db, Guid townshipId, CancellationToken ct)
    {
        var name = await db.Townships.AsNoTracking().Where(t => t.Id == townshipId).Select(t => t.Name).FirstAsync(ct);
        var rows = await db.Deputies.AsNoTracking().Where(d => d.TownshipId == townshipId)
            .Select(d => new { d.Id, d.Gender, d.Ethnicity, d.Affiliation, Group = d.Group != null ? d.Group.Name : null, d.WorkUnit, d.Occupation, d.TookOfficeOn })
            .ToListAsync(ct);
        return (name, rows.ToDictionary(d => d.Id, d => new RecordPrintFacts(DeputyLabels.Gender.Of(d.Gender), d.Ethnicity, d.Affiliation,
            d.Group ?? "未编组", string.IsNullOrWhiteSpace(d.WorkUnit) ? d.Occupation : d.WorkUnit, ChineseDate.Format(d.TookOfficeOn))));
    }
}
