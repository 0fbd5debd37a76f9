using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.DeputyRecords;

/// <summary>A declared item as typed: the day, the kind and what was done.</summary>
public sealed class DeclaredItemInput
{
    public DateOnly Date { get; set; }
    public DeclaredItemKind Kind { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>The secretary's decision on a declared item.</summary>
public sealed class DeclaredItemDecision
{
    public bool Approve { get; set; }
    public string Note { get; set; } = "";
    public long Version { get; set; }
}

public sealed class InterviewInput
{
    public DateOnly HeldOn { get; set; }
    public string HeldBy { get; set; } = "";
    public string Notes { get; set; } = "";
    public int? ForYear { get; set; }
}

public sealed record InterviewLine(Guid Id, Guid DeputyId, DateOnly HeldOn, string HeldBy, string Notes, int? ForYear, long Version);

/// <summary>What is written on the record's side: declared items and their approval, interviews, and freezing a year.</summary>
public sealed class DeputyRecordService(CongressDbContext db)
{
    private DateOnly Today => ChineseDate.TodayInChina(db.Clock);

    public async Task<DeclaredItem> DeclareAsync(Guid deputyId, DeclaredItemInput input, CancellationToken ct = default)
    {
        var deputy = await db.FindVisibleAsync<Deputies.Deputy>(deputyId, ct);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.Text)) errors.Add(new("Text", ModelText.Declared_TextRequired));
        if (input.Date > Today) errors.Add(new("Date", ModelText.Declared_DateInFuture));
        if (!Enum.IsDefined(input.Kind)) errors.Add(new("Kind", ModelText.Declared_KindUnknown));
        DomainValidationException.ThrowIfAny(errors);
        var item = new DeclaredItem
        {
            TownshipId = deputy.TownshipId, DeputyId = deputy.Id, Date = input.Date, Kind = input.Kind, Text = input.Text.Trim(),
            State = DeclaredItemState.Pending,
        };
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>Approves (it then counts) or declines (with a reason) a declared item; a decided item can be decided again.</summary>
    public async Task<DeclaredItem> DecideAsync(Guid id, DeclaredItemDecision decision, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<DeclaredItem>(id, ct);
        if (!decision.Approve && string.IsNullOrWhiteSpace(decision.Note))
            throw new DomainValidationException([new("Note", ModelText.Declared_DeclineNeedsReason)]);
        db.EditingVersion(item, decision.Version);
        item.State = decision.Approve ? DeclaredItemState.Approved : DeclaredItemState.Declined;
        item.DecisionNote = decision.Approve ? "" : decision.Note.Trim();
        item.DecidedBy = db.Scope.UserName;
        item.DecidedOn = Today;
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<DeputyInterview> RecordInterviewAsync(Guid deputyId, InterviewInput input, CancellationToken ct = default)
    {
        var deputy = await db.FindVisibleAsync<Deputies.Deputy>(deputyId, ct);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.HeldBy)) errors.Add(new("HeldBy", ModelText.Interview_HeldByRequired));
        if (input.HeldOn > Today) errors.Add(new("HeldOn", ModelText.Interview_DateInFuture));
        if (input.ForYear is { } y && (y < 2000 || y > Today.Year)) errors.Add(new("ForYear", ModelText.Interview_YearOutOfRange));
        DomainValidationException.ThrowIfAny(errors);
        var interview = new DeputyInterview
        {
            TownshipId = deputy.TownshipId, DeputyId = deputy.Id, HeldOn = input.HeldOn, HeldBy = input.HeldBy.Trim(), Notes = (input.Notes ?? "").Trim(),
            ForYear = input.ForYear,
        };
        db.Add(interview);
        await db.SaveChangesAsync(ct);
        return interview;
    }

    public async Task<IReadOnlyList<InterviewLine>> InterviewsAsync(Guid deputyId, CancellationToken ct = default)
    {
        await db.FindVisibleAsync<Deputies.Deputy>(deputyId, ct);
        return await db.Set<DeputyInterview>().AsNoTracking().Where(i => i.DeputyId == deputyId).OrderByDescending(i => i.HeldOn)
            .Select(i => new InterviewLine(i.Id, i.DeputyId, i.HeldOn, i.HeldBy, i.Notes, i.ForYear, i.Version)).ToListAsync(ct);
    }

    /// <summary>Whether the township's year is frozen (its scores read from the stored rows).</summary>
    public Task<bool> IsFrozenAsync(Guid townshipId, int year, CancellationToken ct = default) =>
        db.Set<FrozenRecordYear>().AnyAsync(f => f.TownshipId == townshipId && f.Year == year, ct);

    /// <summary>
    /// Freezes a finished year: every deputy's total, band, rank and breakdown as computed now are stored, and the
    /// year is read from them from then on. Only a year that has ended may be frozen, and only once.
    /// </summary>
    public async Task<FrozenRecordYear> FreezeAsync(Guid townshipId, int year, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        if (year < 2000 || year >= Today.Year) throw new DomainValidationException([new("Year", string.Format(ModelText.Freeze_YearNotFinished, year))]);
        if (await IsFrozenAsync(townshipId, year, ct))
            throw new DomainValidationException([new("Year", string.Format(ModelText.Freeze_AlreadyFrozen, year))]);
        var rules = await new CountyRulesService(db).ForTownshipAsync(townshipId, ct);
        var records = await db.TownshipRecordsAsync(townshipId, year, null, rules, ct);
        var frozen = new FrozenRecordYear { TownshipId = townshipId, Year = year, FrozenAtUtc = db.Clock.GetUtcNow().UtcDateTime, FrozenBy = db.Scope.UserName };
        frozen.Scores.AddRange(records.Where(r => r.Points is not null).Select(r => new FrozenScore
        {
            TownshipId = townshipId, FrozenYearId = frozen.Id, DeputyId = r.DeputyId, Total = r.Points!.Total, Band = r.Points.Band,
            Rank = r.Points.Rank, BreakdownJson = DeputyRecordQueries.Breakdown(r.Points),
        }));
        db.Add(frozen);
        await db.SaveChangesAsync(ct);
        return frozen;
    }
}
