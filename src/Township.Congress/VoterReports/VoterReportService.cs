using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Files;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.VoterReports;

/// <summary>What a secretary enters for a report to voters, the rating included.</summary>
public sealed class VoterReportInput
{
    public Guid DeputyId { get; set; }
    public DateOnly ReportedOn { get; set; }
    public string Place { get; set; } = "";

    /// <summary>Empty: the deputy's own constituency.</summary>
    public string? District { get; set; }
    public int Audience { get; set; }
    public string ReportText { get; set; } = "";
    public RatingMethod RatingMethod { get; set; }
    public int CompetentVotes { get; set; }
    public int BasicallyCompetentVotes { get; set; }
    public int IncompetentVotes { get; set; }
    public decimal? Score { get; set; }
    public DateOnly? RatedOn { get; set; }
    public bool IsPublished { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateOnly? FiledOn { get; set; }
}

public sealed class VoterReportService(CongressDbContext db)
{
    private DateOnly Today => ChineseDate.TodayInChina(db.Clock);

    public async Task<VoterReport> CreateAsync(Guid townshipId, VoterReportInput input, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        DomainValidationException.ThrowIfAny(Validate(input));
        var deputy = await DeputyAsync(townshipId, input.DeputyId, ct);
        // The deputy's term: the per-term flag counts reports within it.
        var report = new VoterReport { TownshipId = townshipId, TermId = deputy.TermId };
        await ApplyAsync(report, deputy, input, ct);
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }

    public async Task<VoterReport> UpdateAsync(Guid id, VoterReportInput input, long version, CancellationToken ct = default)
    {
        var report = await db.FindVisibleAsync<VoterReport>(id, ct);
        DomainValidationException.ThrowIfAny(Validate(input));
        var deputy = await DeputyAsync(report.TownshipId, input.DeputyId, ct);
        db.EditingVersion(report, version);
        report.TermId = deputy.TermId;
        await ApplyAsync(report, deputy, input, ct);
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>Stores the report as a file, checked like suggestion attachments; a new file replaces the old.</summary>
    public async Task<VoterReport> AttachFileAsync(Guid id, string? fileName, Stream content, long maxBytes, CancellationToken ct = default)
    {
        var report = await db.FindVisibleAsync<VoterReport>(id, ct);
        var (name, type, bytes) = await UploadedFiles.ReadCheckedAsync(fileName, content, maxBytes, ct);
        report.FileName = name;
        report.FileContentType = type;
        report.FileSizeBytes = bytes.Length;
        report.FileContent = bytes;
        await db.SaveChangesAsync(ct);
        return report;
    }

    public async Task<(string FileName, string ContentType, byte[] Content)> DownloadFileAsync(Guid id, CancellationToken ct = default)
    {
        var report = await db.FindVisibleAsync<VoterReport>(id, ct);
        if (report.FileContent is null) throw new DocumentNotAvailableException(ModelText.VoterReport_NoFile);
        return (report.FileName!, report.FileContentType!, report.FileContent);
    }

    private async Task<Deputy> DeputyAsync(Guid townshipId, Guid deputyId, CancellationToken ct) =>
        await db.Deputies.FirstOrDefaultAsync(d => d.Id == deputyId && d.TownshipId == townshipId, ct)
            ?? throw new DomainValidationException([new(nameof(VoterReportInput.DeputyId), ModelText.VoterReport_DeputyRequired)]);

    private List<ValidationError> Validate(VoterReportInput input)
    {
        var errors = new List<ValidationError>();
        if (input.DeputyId == Guid.Empty) errors.Add(new(nameof(input.DeputyId), ModelText.VoterReport_DeputyRequired));
        if (input.ReportedOn > Today || input.ReportedOn.Year < 2000) errors.Add(new(nameof(input.ReportedOn), ModelText.VoterReport_DateInvalid));
        if (string.IsNullOrWhiteSpace(input.Place)) errors.Add(new(nameof(input.Place), ModelText.VoterReport_PlaceRequired));
        if (input.Audience is < 0 or > 100_000) errors.Add(new(nameof(input.Audience), ModelText.VoterReport_AudienceInvalid));
        if (input.CompetentVotes < 0 || input.BasicallyCompetentVotes < 0 || input.IncompetentVotes < 0)
            errors.Add(new(nameof(input.CompetentVotes), ModelText.VoterReport_VotesNegative));
        switch (input.RatingMethod)
        {
            case RatingMethod.Votes:
                var cast = (long)input.CompetentVotes + input.BasicallyCompetentVotes + input.IncompetentVotes;
                if (cast == 0) errors.Add(new(nameof(input.CompetentVotes), ModelText.VoterReport_NoVotes));
                else if (input.Audience > 0 && cast > input.Audience)
                    errors.Add(new(nameof(input.CompetentVotes), string.Format(ModelText.VoterReport_MoreVotesThanAudience, cast, input.Audience)));
                break;
            case RatingMethod.Score:
                if (input.Score is not { } s || s < 0 || s > 100) errors.Add(new(nameof(input.Score), ModelText.VoterReport_ScoreInvalid));
                break;
        }
        if (input.RatingMethod != RatingMethod.None && input.RatedOn is { } rated && (rated < input.ReportedOn || rated > Today))
            errors.Add(new(nameof(input.RatedOn), ModelText.VoterReport_RatedOnInvalid));
        if (input.IsPublished && input.RatingMethod == RatingMethod.None)
            errors.Add(new(nameof(input.IsPublished), ModelText.VoterReport_PublishUnrated));
        if (input.IsPublished && input.PublishedOn is { } p && (p < input.ReportedOn || p > Today))
            errors.Add(new(nameof(input.PublishedOn), ModelText.VoterReport_PublishedOnInvalid));
        if (input.FiledOn is { } f && (f < input.ReportedOn || f > Today))
            errors.Add(new(nameof(input.FiledOn), ModelText.VoterReport_FiledOnInvalid));
        return errors;
    }

    private async Task ApplyAsync(VoterReport r, Deputy deputy, VoterReportInput input, CancellationToken ct)
    {
        var rules = await new CountyRulesService(db).ForTownshipAsync(r.TownshipId, ct);
        r.DeputyId = deputy.Id;
        r.ReportedOn = input.ReportedOn;
        r.Place = input.Place.Trim();
        r.District = string.IsNullOrWhiteSpace(input.District) ? deputy.Constituency : input.District.Trim();
        r.Audience = input.Audience;
        r.ReportText = input.ReportText.Trim();
        r.RatingMethod = input.RatingMethod;
        var byVotes = input.RatingMethod == RatingMethod.Votes;
        r.CompetentVotes = byVotes ? input.CompetentVotes : 0;
        r.BasicallyCompetentVotes = byVotes ? input.BasicallyCompetentVotes : 0;
        r.IncompetentVotes = byVotes ? input.IncompetentVotes : 0;
        r.Score = input.RatingMethod == RatingMethod.Score ? input.Score : null;
        r.Result = VoterReportRules.Result(r, rules);
        r.RatedOn = r.Result is null ? null : input.RatedOn ?? input.ReportedOn;
        r.IsPublished = input.IsPublished;
        r.PublishedOn = input.IsPublished ? input.PublishedOn ?? r.RatedOn : null;
        r.FiledOn = input.FiledOn;
    }
}
