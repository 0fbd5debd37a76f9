using System.Globalization;
using Township.Congress.Appraisals;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Reports.Documents.Appraisals;
using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Fonts;

namespace Township.Congress.Web.Features.Appraisals;

/// <summary>
/// The appraisal's prints from its record: the 测评表 ballot, and the 评议结果通报 dated the day the
/// result was published (never the print date), so a reprint says what was published.
/// </summary>
public sealed class AppraisalPrints(FontOptions fonts)
{
    public async Task<byte[]> ResultAsync(CongressDbContext db, Guid id, CancellationToken ct = default)
    {
        var a = await db.AppraisalDetailsAsync(id, ct);
        if (AppraisalPrintRules.ResultRefusal(a.State) is { } why) throw new DocumentNotAvailableException(why);
        return AppraisalResultDocument.Render(ResultModel(a), fonts);
    }

    public async Task<byte[]> BallotAsync(CongressDbContext db, Guid id, CancellationToken ct = default)
    {
        var a = await db.AppraisalDetailsAsync(id, ct);
        if (AppraisalPrintRules.BallotRefusal(a.Subjects.Count) is { } why) throw new DocumentNotAvailableException(why);
        return AppraisalBallotDocument.Render(BallotModel(a), fonts);
    }

    public static AppraisalResultModel ResultModel(AppraisalDetails a)
    {
        var voting = a.Results.Count == 0 ? 0 : a.Results.Max(r => r.Voting);
        var period = a.EndsOn is { } end && end != a.StartsOn
            ? $"{ChineseDate.Format(a.StartsOn)}至{ChineseDate.Format(end)}" : ChineseDate.Format(a.StartsOn);
        var intro = new List<string>
        {
            $"{period}，{a.TownshipName}人大主席团组织开展{a.Title}，对{N(a.Subjects.Count)}个对象进行评议"
                + (a.Reports.Count > 0 ? $"，听取工作汇报{N(a.Reports.Count)}次" : "")
                + (a.Visits.Count > 0 ? $"，组织代表视察调研{N(a.Visits.Count)}次" : "")
                + $"，{N(voting)}名代表参加满意度测评。现将评议结果通报如下",
        };
        var rows = a.Results.Select(r => new AppraisalResultRow(r.Rank is { } k ? N(k) : "", r.Name, r.Satisfied, r.BasicallySatisfied,
            r.Unsatisfied, Percent(r.SatisfiedPercent), Percent(r.AcceptablePercent), r.Grade is { } g ? AppraisalLabels.Of(g) : "未测评")).ToList();
        var orders = a.Rectifications.Select(o => new AppraisalOrderRow(o.OwnerUnitName, o.Matter, ChineseDate.Format(o.Deadline))).ToList();
        return new AppraisalResultModel($"关于{a.Title}结果的通报", intro, rows, RuleText(a.MajorityPercent), orders,
            new DocumentSignature($"{a.TownshipName}人大主席团", ChineseDate.Format(a.PublishedOn)));
    }

    public static AppraisalBallotModel BallotModel(AppraisalDetails a) => new($"{a.TownshipName}人大主席团", $"{a.Title}满意度测评表",
        a.Subjects.Select(s => s.DisplayName).ToList(),
        [RuleText(a.MajorityPercent), "未划、多划或无法辨认的，视为对该对象未投票。", "测评表由监票人当场收回，当众计票。"]);

    /// <summary>The counting rule as printed on the ballot and in the notice, with the county's majority.</summary>
    public static string RuleText(int majorityPercent) =>
        $"“满意”票超过投票人数{N(majorityPercent)}%的为“满意”；“满意”与“基本满意”票之和超过投票人数{N(majorityPercent)}%的为“基本满意”；其余为“不满意”。测评为“不满意”的，限期整改";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(decimal p) => p.ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
