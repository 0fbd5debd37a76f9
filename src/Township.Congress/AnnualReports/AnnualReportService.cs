using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.AnnualReports;

/// <summary>An edit of a draft: the paragraphs whose text changed (others may be sent unchanged), and the header.</summary>
public sealed class AnnualReportEdit
{
    /// <summary>Null: unchanged.</summary>
    public string? Occasion { get; set; }

    /// <summary>Null: unchanged.</summary>
    public string? Reporter { get; set; }
    public List<ParagraphEdit> Paragraphs { get; set; } = [];
}

public sealed class ParagraphEdit
{
    public Guid Id { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>
/// Generates, edits, finalises and re-opens (as a new version) the annual work report. A finalised version never changes; every
/// change of a draft is a save of the report's version, so two secretaries editing at once get a conflict, never a silent overwrite.
/// </summary>
public sealed class AnnualReportService(CongressDbContext db)
{
    public const int MaxTextLength = 2000;
    public const int MaxHeaderLength = 200;

    private DateTime Now => db.Clock.GetUtcNow().UtcDateTime;

    /// <summary>The first draft of a year; refused when the year already has a report (edit the draft, or start a new version).</summary>
    public async Task<AnnualReport> GenerateAsync(Guid townshipId, int year, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var thisYear = ChineseDate.TodayInChina(db.Clock).Year;
        if (year < 2000 || year > thisYear)
            throw new DomainValidationException([new("Year", string.Format(ModelText.AnnualReport_YearInvalid, thisYear))]);
        await EnsureNoDraftAsync(townshipId, year, ct);
        if (await db.AnnualReports.AnyAsync(r => r.TownshipId == townshipId && r.Year == year, ct))
            throw new DomainValidationException([new("Year", string.Format(ModelText.AnnualReport_AlreadyStarted, year))]);
        var report = Start(townshipId, year, 1, copiedFrom: null);
        report.Paragraphs = AnnualReportDraft.Paragraphs(report);
        return await SaveNewAsync(report, ct);
    }

    /// <summary>A new draft copied from a finalised version: the same texts (placeholders live again) and header.</summary>
    public async Task<AnnualReport> StartNewVersionAsync(Guid id, CancellationToken ct = default)
    {
        var source = await LoadAsync(id, ct);
        if (!source.IsFinal) throw new DomainValidationException([new("State", string.Format(ModelText.AnnualReport_NotFinalYet, source.Number))]);
        await EnsureNoDraftAsync(source.TownshipId, source.Year, ct);
        var number = await db.AnnualReports.Where(r => r.TownshipId == source.TownshipId && r.Year == source.Year).MaxAsync(r => r.Number, ct) + 1;
        var report = Start(source.TownshipId, source.Year, number, source.Id);
        report.Occasion = source.Occasion;
        report.Reporter = source.Reporter;
        report.Paragraphs = source.Paragraphs.OrderBy(p => p.Order).Select(p => new AnnualReportParagraph
        {
            AnnualReportId = report.Id, TownshipId = p.TownshipId, Section = p.Section, Part = p.Part, Order = p.Order, IsHeading = p.IsHeading,
            Text = p.Text,
        }).ToList();
        return await SaveNewAsync(report, ct);
    }

    /// <summary>Changes paragraphs and the header of a draft as of <paramref name="version"/>; each changed text is kept as a revision.</summary>
    public async Task<AnnualReport> EditAsync(Guid id, AnnualReportEdit edit, long version, CancellationToken ct = default)
    {
        var report = await LoadAsync(id, ct);
        EnsureDraft(report);
        var errors = new List<ValidationError>();
        if ((edit.Occasion?.Trim().Length ?? 0) > MaxHeaderLength)
            errors.Add(new(nameof(edit.Occasion), string.Format(ModelText.AnnualReport_HeaderTooLong, MaxHeaderLength)));
        if ((edit.Reporter?.Trim().Length ?? 0) > MaxHeaderLength)
            errors.Add(new(nameof(edit.Reporter), string.Format(ModelText.AnnualReport_HeaderTooLong, MaxHeaderLength)));
        var changed = new List<(AnnualReportParagraph Paragraph, string Text)>();
        for (var i = 0; i < edit.Paragraphs.Count; i++)
        {
            var field = $"Paragraphs[{i}].Text";
            var paragraph = report.Paragraphs.FirstOrDefault(p => p.Id == edit.Paragraphs[i].Id);
            var text = (edit.Paragraphs[i].Text ?? "").Trim();
            if (paragraph is null) errors.Add(new($"Paragraphs[{i}].Id", ModelText.AnnualReport_ParagraphUnknown));
            else if (text.Length == 0) errors.Add(new(field, ModelText.AnnualReport_TextRequired));
            else if (text.Length > MaxTextLength) errors.Add(new(field, string.Format(ModelText.AnnualReport_TextTooLong, MaxTextLength)));
            else if (AnnualReportFigures.Placeholders(text).FirstOrDefault(k => !AnnualReportFigures.IsKnown(k)) is { } unknown)
                errors.Add(new(field, string.Format(ModelText.AnnualReport_UnknownPlaceholder, unknown)));
            else if (text != paragraph.Text) changed.Add((paragraph, text));
        }
        DomainValidationException.ThrowIfAny(errors);

        db.EditingVersion(report, version);
        if (edit.Occasion is { } occasion) report.Occasion = occasion.Trim();
        if (edit.Reporter is { } reporter) report.Reporter = reporter.Trim();
        foreach (var (paragraph, text) in changed.DistinctBy(c => c.Paragraph.Id))
        {
            paragraph.Text = text;
            db.Add(Revision(paragraph, paragraph.Revisions.Count == 0 ? 1 : paragraph.Revisions.Max(r => r.Number) + 1));
        }
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>Freezes the figures with the text: from now on the version reads the stored values and refuses every change.</summary>
    public async Task<AnnualReport> FinaliseAsync(Guid id, long version, CancellationToken ct = default)
    {
        var report = await LoadAsync(id, ct);
        EnsureDraft(report);
        var figures = (await db.FiguresAsync(FigureScope.Township(report.TownshipId), report.Year, ct)).Single();
        db.EditingVersion(report, version);
        report.FrozenFigures = JsonSerializer.Serialize(AnnualReportFigures.Values(figures));
        report.State = AnnualReportState.Final;
        report.FinalisedBy = db.Scope.UserName;
        report.FinalisedAtUtc = Now;
        await db.SaveChangesAsync(ct);
        return report;
    }

    private async Task<AnnualReport> LoadAsync(Guid id, CancellationToken ct)
    {
        var report = await db.FindVisibleAsync<AnnualReport>(id, ct);
        await db.Entry(report).Collection(r => r.Paragraphs).Query().Include(p => p.Revisions).LoadAsync(ct);
        return report;
    }

    private static void EnsureDraft(AnnualReport report)
    {
        if (report.IsFinal) throw new DomainValidationException([new("State", string.Format(ModelText.AnnualReport_FinalUnchangeable, report.Number))]);
    }

    private async Task EnsureNoDraftAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var draft = await db.AnnualReports.Where(r => r.TownshipId == townshipId && r.Year == year && r.State == AnnualReportState.Draft)
            .Select(r => (int?)r.Number).FirstOrDefaultAsync(ct);
        if (draft is { } n) throw new DomainValidationException([new("Year", string.Format(ModelText.AnnualReport_DraftExists, year, n))]);
    }

    private AnnualReport Start(Guid townshipId, int year, int number, Guid? copiedFrom) => new()
    {
        TownshipId = townshipId, Year = year, Number = number, State = AnnualReportState.Draft, StartedBy = db.Scope.UserName,
        StartedAtUtc = Now, CopiedFromId = copiedFrom,
    };

    private async Task<AnnualReport> SaveNewAsync(AnnualReport report, CancellationToken ct)
    {
        foreach (var p in report.Paragraphs) p.Revisions.Add(Revision(p, 1));
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }

    private AnnualReportRevision Revision(AnnualReportParagraph p, int number) => new()
    {
        ParagraphId = p.Id, TownshipId = p.TownshipId, Number = number, Text = p.Text, By = db.Scope.UserName, AtUtc = Now,
    };
}
