using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.VoterReports;
using Township.Congress.Reports.Fonts;
using Township.Congress.Rules;
using Township.Congress.VoterReports;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Features.VoterReports;

/// <summary>
/// The 述职 kit from the record: the notice, the voters' rating form and the result sheet. The result sheet
/// is dated on the day of the rating and states the rule with the county's thresholds in force now.
/// </summary>
public sealed class VoterReportPrints(FontOptions fonts)
{
    public async Task<byte[]> NoticeAsync(CongressDbContext db, Guid id, CancellationToken ct = default) =>
        VoterReportNoticeDocument.Render(await ModelAsync(db, id, ct), fonts);

    public async Task<byte[]> RatingFormAsync(CongressDbContext db, Guid id, CancellationToken ct = default) =>
        VoterRatingFormDocument.Render(await ModelAsync(db, id, ct), fonts);

    public async Task<byte[]> ResultAsync(CongressDbContext db, Guid id, CancellationToken ct = default)
    {
        var model = await ModelAsync(db, id, ct);
        if (model.Rating is null) throw new DocumentNotAvailableException(UiText.VR_NotRatedYet);
        return VoterReportResultDocument.Render(model, fonts);
    }

    private static async Task<VoterReportPrintModel> ModelAsync(CongressDbContext db, Guid id, CancellationToken ct)
    {
        var r = await db.FindVisibleAsync<VoterReport>(id, ct);
        var township = await db.Townships.AsNoTracking().Where(t => t.Id == r.TownshipId).Select(t => t.Name).FirstAsync(ct);
        var deputy = await db.Deputies.AsNoTracking().Where(d => d.Id == r.DeputyId).Select(d => d.Name).FirstAsync(ct);
        var issuer = $"{township}人民代表大会主席团";
        VoterRatingPrint? rating = null;
        if (r.Result is { } result)
        {
            var rules = await new CountyRulesService(db).ForTownshipAsync(r.TownshipId, ct);
            var cast = r.VotesCast;
            var rule = r.RatingMethod == RatingMethod.Score
                ? string.Format(UiText.VR_ScoreRule, rules[VoterReportRules.CompetentScore], rules[VoterReportRules.BasicallyCompetentScore])
                : string.Format(UiText.VR_VoteRule, rules[VoterReportRules.CompetentPercent], rules[VoterReportRules.BasicallyCompetentPercent]);
            rating = new VoterRatingPrint(r.RatingMethod == RatingMethod.Score, r.CompetentVotes, r.BasicallyCompetentVotes, r.IncompetentVotes,
                VoterReportRules.Percent(r.CompetentVotes, cast), VoterReportRules.Percent(r.BasicallyCompetentVotes, cast),
                VoterReportRules.Percent(r.IncompetentVotes, cast), r.Score, VoterReportLabels.Of(result), rule,
                new DocumentSignature(issuer, ChineseDate.Format(r.RatedOn ?? r.ReportedOn)));
        }
        return new VoterReportPrintModel(township, issuer, deputy, r.District, r.Place, ChineseDate.Format(r.ReportedOn), r.Audience, rating);
    }
}
