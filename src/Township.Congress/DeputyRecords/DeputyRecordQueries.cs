using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Rules;

namespace Township.Congress.DeputyRecords;

/// <summary>How the township list is ordered.</summary>
public enum DeputyRecordSort
{
    /// <summary>积分 (rank), highest first.</summary>
    Points,
    /// <summary>履职天数, most first.</summary>
    DaysOnDuty,
    /// <summary>姓名 (pinyin).</summary>
    Name,
    /// <summary>标记 (most flags first).</summary>
    Flags,
}

/// <summary>The deputy records of a township-year, computed set-based (a query per source, then in memory).</summary>
public static class DeputyRecordQueries
{
    /// <summary>
    /// The record of every deputy of the township in office at some time in the year (cut at the quarter's end
    /// when <paramref name="quarter"/> is given), with points, rank and flags. A frozen year's points (whole year
    /// only) are read from the stored rows; the counts stay derived.
    /// </summary>
    public static async Task<IReadOnlyList<DeputyRecord>> TownshipRecordsAsync(this CongressDbContext db, Guid townshipId, int year, int? quarter,
        CountyRules rules, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        return await ComputeAsync(db, townshipId, year, quarter, null, rules, ct);
    }

    /// <summary>One deputy's record of a year (with points, rank within the township and flags), or of the whole term when <paramref name="year"/> is null.</summary>
    public static async Task<DeputyRecord> DeputyRecordAsync(this CongressDbContext db, Guid deputyId, int? year, CountyRules rules,
        CancellationToken ct = default)
    {
        var deputy = await db.FindVisibleAsync<Deputies.Deputy>(deputyId, ct);
        if (year is { } y)
            return (await ComputeAsync(db, deputy.TownshipId, y, null, null, rules, ct)).FirstOrDefault(r => r.DeputyId == deputyId)
                ?? (await ComputeAsync(db, deputy.TownshipId, y, null, deputyId, rules, ct))[0];
        var term = await db.Terms.AsNoTracking().FirstAsync(t => t.Id == deputy.TermId, ct);
        var period = RecordPeriod.OfTerm(term.StartYear, term.EndYear);
        var facts = await RecordFacts.LoadAsync(db, deputy.TownshipId, period.From, period.To, period.From, [deputyId], ct);
        var record = RecordBuilder.Build(facts, facts.Deputies[0], period);
        return record with { Flags = RecordFlags.Of(record.Counts, null, false, rules).Where(f => f.Kind is DeputyFlagKind.NoReportInTerm).ToList() };
    }

    /// <summary>The township list: one row per deputy, filtered by a flag and sorted.</summary>
    public static IReadOnlyList<DeputyRecordRow> Rows(IEnumerable<DeputyRecord> records, DeputyRecordSort sort, DeputyFlagKind? flag)
    {
        var rows = records.Where(r => flag is null || r.Flags.Any(f => f.Kind == flag)).Select(DeputyRecordRow.Of);
        var byName = records.ToDictionary(r => r.DeputyId, r => r.NameSortKey);
        return (sort switch
        {
            DeputyRecordSort.DaysOnDuty => rows.OrderByDescending(r => r.Counts.DaysOnDuty),
            DeputyRecordSort.Name => rows.OrderBy(r => 0),
            DeputyRecordSort.Flags => rows.OrderByDescending(r => r.Flags.Count),
            _ => rows.OrderBy(r => r.Rank ?? int.MaxValue),
        }).ThenBy(r => byName[r.DeputyId], StringComparer.Ordinal).ToList();
    }

    private static async Task<List<DeputyRecord>> ComputeAsync(CongressDbContext db, Guid townshipId, int year, int? quarter, Guid? onlyDeputy,
        CountyRules rules, CancellationToken ct)
    {
        var period = RecordPeriod.OfYear(year, quarter);
        var lastYear = RecordPeriod.OfYear(year - 1);
        var termStart = await db.Terms.AsNoTracking().Where(t => t.TownshipId == townshipId && t.StartYear <= year).OrderByDescending(t => t.StartYear)
            .Select(t => (int?)t.StartYear).FirstOrDefaultAsync(ct) ?? year;
        var reportsFrom = new DateOnly(Math.Min(termStart, year), 1, 1);
        // The year alone: last year's facts are read below only for the few deputies whose band last year matters.
        var facts = await RecordFacts.LoadAsync(db, townshipId, period.From, period.To, reportsFrom, onlyDeputy is { } one ? [one] : null, ct);
        var frozen = await db.Set<FrozenRecordYear>().AsNoTracking().Where(f => f.TownshipId == townshipId && (f.Year == year || f.Year == year - 1))
            .Include(f => f.Scores).ToListAsync(ct);
        var frozenNow = quarter is null ? frozen.FirstOrDefault(f => f.Year == year) : null;
        var frozenLast = frozen.FirstOrDefault(f => f.Year == year - 1);

        var current = facts.Deputies.Select(d => RecordBuilder.Build(facts, d, period)).ToList();
        var points = frozenNow is not null ? FromFrozen(frozenNow) : Score(current, rules);
        // The band of last year, for "lowest band two years running": as published when frozen, else as computed now,
        // and then only for the deputies in the lowest band this year (the flag needs both years; a band needs no rank).
        var lastBands = frozenLast is not null
            ? frozenLast.Scores.ToDictionary(s => s.DeputyId, s => s.Band)
            : await LastYearBandsAsync(db, townshipId, lastYear,
                facts.Deputies.Where(d => points.GetValueOrDefault(d.Id)?.Band == PointsBand.Fail).Select(d => d.Id).ToList(), rules, ct);

        return current.Select(r =>
        {
            var p = points.GetValueOrDefault(r.DeputyId);
            var lowestLast = lastBands.TryGetValue(r.DeputyId, out var b) && b == PointsBand.Fail;
            return r with { Points = p, Flags = RecordFlags.Of(r.Counts, p?.Band, lowestLast, rules) };
        }).ToList();
    }

    /// <summary>Last year's computed band of <paramref name="deputies"/> (those of them in office then), from their facts of that year alone.</summary>
    private static async Task<Dictionary<Guid, PointsBand>> LastYearBandsAsync(CongressDbContext db, Guid townshipId, RecordPeriod lastYear,
        List<Guid> deputies, CountyRules rules, CancellationToken ct)
    {
        if (deputies.Count == 0) return [];
        var facts = await RecordFacts.LoadAsync(db, townshipId, lastYear.From, lastYear.To, lastYear.From, deputies, ct);
        return facts.Deputies.Where(d => DeputyInOffice(d, lastYear)).ToDictionary(d => d.Id,
            d => PointsScheme.BandOf(PointsScheme.Score(RecordBuilder.Build(facts, d, lastYear).Counts, rules).Total, rules));
    }

    /// <summary><see cref="Deputies.DeputyYears.InOfficeDuring(DateOnly, DateOnly)"/>, in memory.</summary>
    private static bool DeputyInOffice(DeputyFact d, RecordPeriod p) =>
        (d.Status == Deputies.DeputyStatus.InOffice || d.StatusSince >= p.From) && (d.TookOfficeOn is null || d.TookOfficeOn <= p.To);

    private static Dictionary<Guid, DeputyPoints> Score(List<DeputyRecord> records, CountyRules rules)
    {
        var scored = records.Select(r => (r.DeputyId, Score: PointsScheme.Score(r.Counts, rules))).ToList();
        var ranks = PointsScheme.Ranks(scored.Select(s => (s.DeputyId, s.Score.Total)));
        return scored.ToDictionary(s => s.DeputyId, s =>
        {
            var band = PointsScheme.BandOf(s.Score.Total, rules);
            return new DeputyPoints(s.Score.Base, s.Score.Lines, s.Score.Total, band, DeputyRecordLabels.Bands.Of(band), ranks[s.DeputyId], false);
        });
    }

    private static Dictionary<Guid, DeputyPoints> FromFrozen(FrozenRecordYear year) => year.Scores.ToDictionary(s => s.DeputyId, s =>
    {
        var stored = JsonSerializer.Deserialize<FrozenBreakdown>(s.BreakdownJson) ?? new FrozenBreakdown(0, []);
        return new DeputyPoints(stored.Base, stored.Lines, s.Total, s.Band, DeputyRecordLabels.Bands.Of(s.Band), s.Rank, true);
    });

    internal static string Breakdown(DeputyPoints points) => JsonSerializer.Serialize(new FrozenBreakdown(points.Base, points.Lines.ToList()));

    internal sealed record FrozenBreakdown(int Base, List<PointsLine> Lines);
}
