using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.VoterReports;

/// <summary>
/// 述职测评结果: the counts and shares of the votes cast (or the score), the result by the county's rule, and
/// the presidium's signature dated on the day of the rating.
/// </summary>
public static class VoterReportResultDocument
{
    private static readonly TableStyle Style = new(FontSize: 14, PaddingY: 5);

    public static byte[] Render(VoterReportPrintModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rating = model.Rating ?? throw new ArgumentException("The result sheet needs a rating.", nameof(model));
        var document = new OfficialDocument(fontOptions) { DocumentTitle = $"{model.DeputyName}代表述职测评结果" };
        document.Title($"{model.TownshipName}人大代表{model.DeputyName}{OfficialDocument.PreferredTitleBreak}述职测评结果");
        var district = string.IsNullOrWhiteSpace(model.District) ? "所在选区" : model.District.Trim();
        document.Paragraph($"{model.DateText}，{model.TownshipName}人大代表{model.DeputyName}在{model.Place}向{district}选民述职，"
            + $"参加选民{Number(model.Audience)}人。");
        if (rating.ByScore)
        {
            document.Paragraph($"选民测评平均得分{rating.Score:0.#}分。");
        }
        else
        {
            var cast = rating.Competent + rating.BasicallyCompetent + rating.Incompetent;
            document.Paragraph($"收回有效测评票{Number(cast)}张，测评情况如下：", keepWithNext: true);
            document.Table(
                [new("测评等次", 2), new("票数", 1.2), new("占有效票比例", 1.6)],
                [
                    ["称职", Number(rating.Competent), $"{rating.CompetentPercent:0.0}%"],
                    ["基本称职", Number(rating.BasicallyCompetent), $"{rating.BasicallyCompetentPercent:0.0}%"],
                    ["不称职", Number(rating.Incompetent), $"{rating.IncompetentPercent:0.0}%"],
                    ["合计", Number(cast), "100%"],
                ], Style);
            document.BlankLine();
        }
        document.Paragraph($"测评结果：{rating.Result}。");
        document.Paragraph($"（{rating.RuleText}）", keepWithNext: true);
        document.Signature(rating.Signature.Issuer, rating.Signature.Date);
        return document.Render();
    }
}
