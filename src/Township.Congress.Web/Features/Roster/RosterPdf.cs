using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Reports.Documents;
using Township.Congress.Reports.Fonts;

namespace Township.Congress.Web.Features.Roster;

/// <summary>Builds the township deputy roster (代表名册) PDF from the record, grouped by deputy group.</summary>
public sealed class RosterPdf(FontOptions fonts, TimeProvider clock)
{
    public async Task<byte[]> RenderAsync(CongressDbContext db, Guid townshipId, CancellationToken ct = default)
    {
        var township = await db.FindTownshipAsync(townshipId, ct);
        var term = await db.CurrentTermAsync(townshipId, ct);
        var villages = await db.Villages.Where(v => v.TownshipId == townshipId).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        var groups = await db.DeputyGroups.AsNoTracking().Where(g => g.TownshipId == townshipId).OrderBy(g => g.SortOrder).ToListAsync(ct);
        var deputies = await db.Deputies.AsNoTracking().Where(d => d.TownshipId == townshipId && d.Status == DeputyStatus.InOffice)
            .OrderBy(d => d.NameSortKey).ThenBy(d => d.Id).ToListAsync(ct);
        var scope = db.Scope;

        RosterPrintRow Row(Deputy d) => new(d.Name, DeputyLabels.Of(d.Gender), d.Ethnicity,
            d.BirthDate is { } b ? $"{b.Year}.{b.Month:D2}" : "", d.Affiliation,
            string.Join("", new[] { d.WorkUnit, d.Occupation }.Where(x => !string.IsNullOrEmpty(x))), d.Education, DeputyLabels.Of(d.Category),
            d.VillageId is { } v ? villages.GetValueOrDefault(v, "") : d.WorkUnit ?? "", DeputyLabels.Levels(d.Levels),
            scope.DisclosePhone(d.Phone), DeputyLabels.Of(d.Status));

        var printGroups = groups.Select(g => new RosterPrintGroup(g.Name, deputies.Where(d => d.GroupId == g.Id).Select(Row).ToList()))
            .Where(g => g.Rows.Count > 0).ToList();
        var ungrouped = deputies.Where(d => d.GroupId is null).Select(Row).ToList();
        if (ungrouped.Count > 0) printGroups.Add(new RosterPrintGroup("未编组", ungrouped));

        var composition = await RosterComposition.OfAsync(db, townshipId, ct);
        var model = new RosterPrintModel(township.Name, term?.Name ?? "", ChineseDate.Format(ChineseDate.TodayInChina(clock)), printGroups,
            ChineseDate.Format(composition.AsOf), composition.Sentences());
        return DeputyRosterDocument.Render(model, fonts);
    }
}
