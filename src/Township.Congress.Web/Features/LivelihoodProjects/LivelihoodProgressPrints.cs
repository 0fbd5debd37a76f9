using System.Globalization;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.LivelihoodProjects;
using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.LivelihoodProjects;
using Township.Congress.Reports.Fonts;
using Township.Congress.Web.Api;

namespace Township.Congress.Web.Features.LivelihoodProjects;

/// <summary>
/// 民生实事项目完成情况 from the ledger of one session's chosen projects: facts, milestones planned and actual,
/// weighted progress, overdue milestones and the year-end vote, stated as of today (progress moves; the table
/// says the day its figures hold), issued by the township's presidium.
/// </summary>
public sealed class LivelihoodProgressPrints(FontOptions fonts)
{
    public async Task<byte[]> ProgressAsync(CongressDbContext db, Guid sessionId, CancellationToken ct = default)
    {
        var session = await db.FindVisibleAsync<global::Township.Congress.Sessions.CongressSession>(sessionId, ct);
        var rules = await LivelihoodProjectEndpoints.RulesAsync(db, session.TownshipId, ct);
        return LivelihoodProgressDocument.Render(Model(await db.LivelihoodProgressAsync(sessionId, rules, ct)), fonts);
    }

    public static LivelihoodProgressModel Model(LivelihoodProgressReport r)
    {
        var done = r.Projects.Count(p => p.State == LivelihoodProjectState.Completed);
        var overdue = r.Projects.Count(p => p.Milestones.Any(m => m.Overdue));
        var intro = $"{r.TownshipName}{r.SessionTitle}于{ChineseDate.Format(r.SessionDate)}票决产生{r.Year}年度民生实事项目{N(r.Projects.Count)}件。"
            + $"截至{ChineseDate.Format(r.AsOf)}，已完成{N(done)}件，实施中{N(r.Projects.Count - done)}件"
            + (overdue > 0 ? $"，其中{N(overdue)}件有节点逾期未完成。" : "，各项目节点均未逾期。")
            + "现将各项目实施情况列表如下。";
        var rows = r.Projects.Select(p => new LivelihoodProgressRow(p.Name, p.OwnerUnitName,
            p.Budget is { } b ? b.ToString("0.##", CultureInfo.InvariantCulture) : "", p.PresidiumMemberName ?? "", p.MonitorDeputyName ?? "",
            p.Milestones.Select(m => new LivelihoodMilestoneCell(m.Name, Short(m.PlannedOn, r.Year), m.DoneOn is { } d ? Short(d, r.Year) : "", m.Overdue))
                .ToList(),
            p.ProgressPercent.ToString("0.#", CultureInfo.InvariantCulture) + "%", LivelihoodLabels.State.Of(p.State),
            p.Grade is { } g ? $"{LivelihoodLabels.Grade.Of(g)}\n（{N(p.Satisfied ?? 0)}／{N(p.BasicallySatisfied ?? 0)}／{N(p.Unsatisfied ?? 0)}）" : "未测评"))
            .ToList();
        return new LivelihoodProgressModel($"{r.TownshipName}{r.Year}年度民生实事项目完成情况", intro, ChineseDate.Format(r.AsOf), rows,
            "注：完成进度按节点权重计算，即已完成节点的权重之和除以全部节点的权重之和；计划日期已过仍未完成的节点为逾期。"
                + "满意度测评括号内依次为满意、基本满意、不满意票数。",
            new DocumentSignature($"{r.TownshipName}人民代表大会主席团", ChineseDate.Format(r.AsOf)));
    }

    /// <summary>A day within the project's year without the year (3月31日); another year's day in full.</summary>
    private static string Short(DateOnly day, int year) => day.Year == year
        ? $"{N(day.Month)}月{N(day.Day)}日" : ChineseDate.Format(day);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
