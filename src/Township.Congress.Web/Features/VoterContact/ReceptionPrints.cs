using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Reports.Documents.VoterContact;
using Township.Congress.Reports.Fonts;
using Township.Congress.Rules;
using Township.Congress.VoterContact;

namespace Township.Congress.Web.Features.VoterContact;

/// <summary>
/// 代表接待日公告 from the reception day's record, dated the day it was posted (or, not posted yet, the last
/// day the county's rule allows), never the print date: a reprint says what the posted one said.
/// </summary>
public sealed class ReceptionPrints(FontOptions fonts)
{
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public async Task<byte[]> NoticeAsync(CongressDbContext db, Guid receptionId, CancellationToken ct = default)
    {
        var day = await db.FindVisibleAsync<ReceptionDay>(receptionId, ct);
        var rules = await new CountyRulesService(db).ForTownshipAsync(day.TownshipId, ct);
        var details = await db.ReceptionDetailsAsync(receptionId, rules, ct);
        var township = await db.Townships.AsNoTracking().FirstAsync(t => t.Id == day.TownshipId, ct);
        var station = await db.LiaisonStations.AsNoTracking().FirstAsync(s => s.Id == day.StationId, ct);
        var posted = day.NoticePostedOn ?? day.Date.AddDays(-rules.Whole(VoterContactRules.NoticeDaysAhead));
        var model = new ReceptionNoticeModel(township.Name, station.Name,
            $"{ChineseDate.Format(day.Date)}（{Weekdays[(int)day.Date.DayOfWeek]}）", station.OpeningHours, day.Place,
            details.Day.DutyDeputies.Select(d => d.Name).ToList(), $"{township.Name}人民代表大会主席团", posted, ChineseDate.Format(posted));
        return ReceptionNoticeDocument.Render(model, fonts);
    }
}
