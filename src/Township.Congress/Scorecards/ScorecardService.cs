using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Files;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.Scorecards;

/// <summary>
/// The county's hand scores: only the county's own viewers and the administrator enter them (a township never scores itself),
/// each within the criterion's points under the scheme, with its version, audited like every change.
/// </summary>
public sealed class ScorecardService(CongressDbContext db)
{
    /// <summary>The years a scorecard may be asked for or scored.</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    public async Task<HandScoreView> SetHandScoreAsync(Guid townshipId, int year, ScorecardCriterion criterion, HandScoreInput input,
        CancellationToken ct = default)
    {
        var township = await db.FindTownshipAsync(townshipId, ct);
        await DashboardQueries.FindCountyAsync(db, township.CountyId, ct);
        var rules = await new CountyRulesService(db).ForCountyAsync(township.CountyId, ct);
        var max = ScorecardScheme.MaxPoints(criterion, rules);
        var errors = new List<ValidationError>();
        if (!ScorecardScheme.IsByHand(criterion))
            errors.Add(new("Criterion", string.Format(ModelText.Score_NotByHand, ScorecardLabels.Criteria.Of(criterion))));
        if (year is < FirstYear or > LastYear || year > ChineseDate.TodayInChina(db.Clock).Year)
            errors.Add(new("Year", string.Format(CultureInfo.InvariantCulture, ModelText.Score_YearOutOfRange, year)));
        if (input.Points is not { } points) errors.Add(new("Points", ModelText.Score_PointsRequired));
        else if (points < 0 || points > max || points != ScorecardRules.Round(points))
            errors.Add(new("Points", string.Format(CultureInfo.InvariantCulture, ModelText.Score_PointsOutOfRange, max)));
        var note = (input.Note ?? "").Trim();
        if (note.Length == 0) errors.Add(new("Note", ModelText.Score_NoteRequired));
        DomainValidationException.ThrowIfAny(errors);

        var row = await db.Set<ScorecardHandScore>().FirstOrDefaultAsync(h => h.TownshipId == townshipId && h.Year == year && h.Criterion == criterion, ct);
        if (row is null)
        {
            if (input.Version != 0) throw new ConcurrencyConflictException(EntityNames.Chinese(nameof(ScorecardHandScore)));
            // Stored scores start at version 1, so 0 can stand for "the editor saw none yet".
            row = new ScorecardHandScore { TownshipId = townshipId, Year = year, Criterion = criterion, Version = 1 };
            db.Add(row);
        }
        else db.EditingVersion(row, input.Version);
        row.Points = input.Points!.Value;
        row.Note = note;
        row.ScoredBy = db.Scope.UserName;
        row.ScoredAtUtc = db.Clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await ViewAsync(row.Id, ct);
    }

    /// <summary>Attaches (or replaces) the evidence of a hand score: checked by its content like every upload.</summary>
    public async Task<HandScoreView> AttachEvidenceAsync(Guid handScoreId, string? fileName, Stream content, long maxBytes, CancellationToken ct = default)
    {
        var row = await FindAsync(handScoreId, ct);
        var (name, type, bytes) = await UploadedFiles.ReadCheckedAsync(fileName, content, maxBytes, ct);
        row.EvidenceName = name;
        row.EvidenceType = type;
        row.EvidenceBytes = bytes.Length;
        row.Evidence = bytes;
        await db.SaveChangesAsync(ct);
        return await ViewAsync(row.Id, ct);
    }

    public async Task<(string Name, string ContentType, byte[] Content)> EvidenceAsync(Guid handScoreId, CancellationToken ct = default)
    {
        var row = await FindAsync(handScoreId, ct);
        if (row.Evidence is null) throw new KeyNotFoundException($"Evidence of {handScoreId}");
        return (row.EvidenceName!, row.EvidenceType!, row.Evidence);
    }

    /// <summary>A hand score the user may see: of a township they read, and only for the county (a secretary is told it is not there).</summary>
    private async Task<ScorecardHandScore> FindAsync(Guid id, CancellationToken ct)
    {
        var row = await db.FindVisibleAsync<ScorecardHandScore>(id, ct);
        var township = await db.FindTownshipAsync(row.TownshipId, ct);
        await DashboardQueries.FindCountyAsync(db, township.CountyId, ct);
        return row;
    }

    private Task<HandScoreView> ViewAsync(Guid id, CancellationToken ct) => ScorecardQueries.HandScores(db, h => h.Id == id).FirstAsync(ct);
}
