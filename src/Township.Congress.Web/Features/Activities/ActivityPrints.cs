using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Reports.Documents.Activities;
using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Fonts;
using Township.Congress.Sessions;

namespace Township.Congress.Web.Features.Activities;

/// <summary>
/// 视察/调研报告 from the activity's record. Its date is the activity's last day (the date of the act),
/// and rectification items print their state on that day's report as they stand now, since the report
/// is what the presidium sends on with the follow-up.
/// </summary>
public sealed class ActivityPrints(FontOptions fonts)
{
    public async Task<(string FileName, byte[] Content)> ReportAsync(CongressDbContext db, Guid activityId, CancellationToken ct = default)
    {
        var d = await db.ActivityDetailsAsync(activityId, ct);
        var a = d.Activity;
        var kind = a.Kind == ActivityKind.Survey ? "调研" : ActivityLabels.Kinds.Of(a.Kind);
        var organiser = a.Organiser switch
        {
            ActivityOrganiser.Presidium => $"{d.TownshipName}人大主席团",
            ActivityOrganiser.DeputyGroup => $"{d.TownshipName}人大{d.GroupName}",
            _ => ActivityLabels.Organisers.Of(a.Organiser),
        };
        var today = ChineseDate.TodayInChina(db.Clock);
        var dates = a.StartsOn == a.EndsOn ? ChineseDate.Format(a.StartsOn) : $"{ChineseDate.Format(a.StartsOn)}至{ChineseDate.Format(a.EndsOn)}";
        var law = a.Law.Length == 0 ? "" : a.LawArticles.Length == 0 ? a.Law : $"{a.Law}（{a.LawArticles}）";
        var model = new ActivityReportModel(
            $"关于{a.Subject}的{kind}报告", organiser, dates, TextLines.Split(a.Places), a.Units.OrderBy(u => u.SortOrder).Select(u => u.Name).ToList(),
            TextLines.Split(a.Projects), law,
            d.Participants.Where(p => p.Status == AttendanceStatus.Present).Select(p => p.Name).ToList(),
            TextLines.Split(a.Findings),
            a.Opinions.OrderBy(o => o.SentOn).Select(o => $"{o.Text}（{ChineseDate.Format(o.SentOn)}送{o.ReceivingUnitName}）").ToList(),
            d.Rectifications.Select(r => new ReportRectification(r.Matter, r.OwnerUnitName, ChineseDate.Format(r.Deadline),
                r.IsCompleted ? "已完成" : r.IsOverdue(today) ? "逾期未完成" : "整改中")).ToList(),
            new DocumentSignature(organiser, ChineseDate.Format(a.EndsOn)));
        return ($"{kind}报告.pdf", ActivityReportDocument.Render(model, fonts));
    }
}
