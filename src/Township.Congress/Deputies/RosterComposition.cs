using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;

namespace Township.Congress.Deputies;

/// <summary>One part of the roster: how many deputies, and their share of all (0.324 for 32.4%).</summary>
public sealed record CompositionShare(string Label, int Count, double Share)
{
    public string Percent => Share.ToString("0.0%", CultureInfo.InvariantCulture);
}

/// <summary>
/// 代表构成 of the deputies in office on a date: women, ethnic minorities, 中共党员, categories and
/// levels, counts and shares — what the roster's print and page state under its 截至 date.
/// </summary>
public sealed record RosterComposition(DateOnly AsOf, int Total, CompositionShare Women, CompositionShare Minorities,
    CompositionShare PartyMembers, IReadOnlyList<CompositionShare> Categories, IReadOnlyList<CompositionShare> Levels)
{
    public const string Majority = "汉族"; // Chinese by design: the roster's printed composition summary
    public const string PartyMember = "中共党员"; // Chinese by design: the roster's printed composition summary

    public static async Task<RosterComposition> OfAsync(CongressDbContext db, Guid townshipId, CancellationToken ct = default)
    {
        var deputies = await db.Deputies.AsNoTracking().Where(d => d.TownshipId == townshipId && d.Status == DeputyStatus.InOffice)
            .Select(d => new { d.Gender, d.Ethnicity, d.Affiliation, d.Category, d.Levels }).ToListAsync(ct);
        var total = deputies.Count;
        CompositionShare Share(string label, int count) => new(label, count, total == 0 ? 0 : (double)count / total);
        return new RosterComposition(ChineseDate.TodayInChina(db.Clock), total,
            Share("女性代表", deputies.Count(d => d.Gender == Gender.Female)), // Chinese by design: the roster's printed composition summary
            Share("少数民族代表", deputies.Count(d => d.Ethnicity.Trim() != Majority)), // Chinese by design: the roster's printed composition summary
            Share(PartyMember, deputies.Count(d => d.Affiliation.Trim() == PartyMember)),
            DeputyLabels.Category.Select(c => Share(c.Value, deputies.Count(d => d.Category == c.Key))).Where(s => s.Count > 0).ToList(),
            DeputyLabels.Level.Select(l => Share($"{l.Value}级人大代表", deputies.Count(d => d.Levels.HasFlag(l.Key)))).Where(s => s.Count > 0).ToList()); // Chinese by design: the roster's printed composition summary
    }

    /// <summary>The summary as sentences, e.g. "截至2026年12月1日，在任代表71名。其中女性代表23名，占32.4%；…".</summary>
    public IReadOnlyList<string> Sentences()
    {
        static string Part(CompositionShare s) => $"{s.Label}{s.Count}名，占{s.Percent}"; // Chinese by design: the roster's printed composition summary
        static string Item(CompositionShare s) => $"{s.Label}{s.Count}名（{s.Percent}）"; // Chinese by design: the roster's printed composition summary
        var lines = new List<string>
        {
            $"截至{ChineseDate.Format(AsOf)}，在任代表{Total}名。其中{Part(Women)}；{Part(Minorities)}；{Part(PartyMembers)}。", // Chinese by design: the roster's printed composition summary
        };
        if (Categories.Count > 0) lines.Add($"代表结构：{string.Join("、", Categories.Select(Item))}。"); // Chinese by design: the roster's printed composition summary
        // A deputy may sit at several levels (乡 and 县), so these shares add up to more than 100%.
        if (Levels.Count > 0) lines.Add($"代表层级：{string.Join("、", Levels.Select(Item))}。"); // Chinese by design: the roster's printed composition summary
        return lines;
    }
}
