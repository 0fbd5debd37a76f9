using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Formatting;

namespace Township.Congress.AnnualReports;

/// <summary>A version in the year's list: who started it and when, and who finalised it.</summary>
public sealed record AnnualReportListItem(Guid Id, Guid TownshipId, int Year, int Number, AnnualReportState State, string StartedBy, DateTime StartedAtUtc,
    string? FinalisedBy, DateTime? FinalisedAtUtc, Guid? CopiedFromId, long Version);

/// <summary>One text a paragraph had, with who and when.</summary>
public sealed record RevisionView(int Number, string Text, string By, DateTime AtUtc);

/// <summary>A paragraph: its stored text (placeholders in braces), the text as read now (<see cref="Runs"/>) and its history.</summary>
public sealed record ParagraphView(Guid Id, AnnualReportSection Section, int Part, int Order, bool IsHeading, string Text, IReadOnlyList<TextRun> Runs,
    IReadOnlyList<RevisionView> Revisions)
{
    public string Plain => AnnualReportFigures.Plain(Runs);
}

/// <summary>A numbered part: its heading paragraph (null for a section without parts) and body paragraphs.</summary>
public sealed record PartView(int Part, ParagraphView? Heading, IReadOnlyList<ParagraphView> Paragraphs);

/// <param name="Heading">Numbered: "一、2026年工作回顾".</param>
public sealed record SectionView(AnnualReportSection Section, string Heading, IReadOnlyList<PartView> Parts);

/// <summary>
/// A report version as read now: a draft with the figures of today, a final version with the figures it froze.
/// <see cref="FiguresAsOf"/> is the day the figures were read (today for a draft, the finalising day for a final version).
/// </summary>
public sealed record AnnualReportView(AnnualReportListItem Report, string TownshipName, string Title, string Occasion, string Reporter,
    DateOnly FiguresAsOf, IReadOnlyDictionary<string, string> Figures, IReadOnlyList<ParagraphView> Opening, IReadOnlyList<SectionView> Sections)
{
    public bool IsFinal => Report.State == AnnualReportState.Final;

    /// <summary>"第3稿　定稿", or "第2稿　草稿（数据截至2026年12月1日）": printed on every page of a draft so nobody signs it.</summary>
    public string VersionText => IsFinal
        ? string.Format(AnnualReportDraft.Text(nameof(Resources.ModelText.AnnualReport_VersionFinal)), Report.Number)
        : string.Format(AnnualReportDraft.Text(nameof(Resources.ModelText.AnnualReport_VersionDraft)), Report.Number, ChineseDate.Format(FiguresAsOf));

    public static string Salutation => AnnualReportDraft.Text(nameof(Resources.ModelText.AnnualReport_Salutation));
}

public static class AnnualReportQueries
{
    /// <summary>The township's versions, newest year first and then newest version first; one year when given.</summary>
    public static async Task<IReadOnlyList<AnnualReportListItem>> AnnualReportsAsync(this CongressDbContext db, Guid townshipId, int? year,
        CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var q = db.AnnualReports.AsNoTracking().Where(r => r.TownshipId == townshipId);
        if (year is { } y) q = q.Where(r => r.Year == y);
        return await q.OrderByDescending(r => r.Year).ThenByDescending(r => r.Number)
            .Select(r => new AnnualReportListItem(r.Id, r.TownshipId, r.Year, r.Number, r.State, r.StartedBy, r.StartedAtUtc, r.FinalisedBy,
                r.FinalisedAtUtc, r.CopiedFromId, r.Version))
            .ToListAsync(ct);
    }

    public static async Task<AnnualReportView> AnnualReportAsync(this CongressDbContext db, Guid id, CancellationToken ct = default)
    {
        var r = await db.FindVisibleAsync<AnnualReport>(id, ct);
        var paragraphs = await db.Set<AnnualReportParagraph>().AsNoTracking().Where(p => p.AnnualReportId == id).Include(p => p.Revisions)
            .OrderBy(p => p.Order).ToListAsync(ct);
        var township = await db.Townships.AsNoTracking().Where(t => t.Id == r.TownshipId).Select(t => t.Name).FirstAsync(ct);

        Dictionary<string, string> figures;
        DateOnly asOf;
        if (r is { IsFinal: true, FrozenFigures: { } frozen })
        {
            figures = JsonSerializer.Deserialize<Dictionary<string, string>>(frozen) ?? [];
            asOf = DateOnly.FromDateTime(ChineseDate.ToChinaTime(r.FinalisedAtUtc ?? r.StartedAtUtc));
        }
        else
        {
            figures = AnnualReportFigures.Values((await db.FiguresAsync(FigureScope.Township(r.TownshipId), r.Year, ct)).Single());
            asOf = ChineseDate.TodayInChina(db.Clock);
        }
        var context = AnnualReportFigures.Context(township, r.Year);
        ParagraphView View(AnnualReportParagraph p) => new(p.Id, p.Section, p.Part, p.Order, p.IsHeading, p.Text,
            AnnualReportFigures.Resolve(p.Text, figures, context),
            p.Revisions.OrderBy(v => v.Number).Select(v => new RevisionView(v.Number, v.Text, v.By, v.AtUtc)).ToList());
        var views = paragraphs.Select(View).ToList();

        var sections = new List<SectionView>();
        foreach (var section in new[] { AnnualReportSection.Review, AnnualReportSection.Problems, AnnualReportSection.Plan })
        {
            var parts = views.Where(p => p.Section == section).GroupBy(p => p.Part).OrderBy(g => g.Key)
                .Select(g => new PartView(g.Key, g.FirstOrDefault(p => p.IsHeading), g.Where(p => !p.IsHeading).ToList())).ToList();
            var heading = string.Format(AnnualReportDraft.Text(nameof(Resources.ModelText.AnnualReport_SectionNumbered)),
                ChineseNumerals.Format(sections.Count + 1), AnnualReportDraft.SectionHeading(section, r.Year));
            sections.Add(new SectionView(section, heading, parts));
        }
        var item = new AnnualReportListItem(r.Id, r.TownshipId, r.Year, r.Number, r.State, r.StartedBy, r.StartedAtUtc, r.FinalisedBy, r.FinalisedAtUtc,
            r.CopiedFromId, r.Version);
        var title = string.Format(AnnualReportDraft.Text(nameof(Resources.ModelText.AnnualReport_Title)), township);
        return new AnnualReportView(item, township, title, r.Occasion, r.Reporter, asOf, figures,
            views.Where(p => p.Section == AnnualReportSection.Opening).ToList(), sections);
    }
}
