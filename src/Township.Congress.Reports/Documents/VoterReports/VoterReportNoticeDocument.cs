using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;

namespace Township.Congress.Reports.Documents.VoterReports;

/// <summary>
/// 述职通知: who reports, when, where and to whom, posted in the district ahead of the meeting. The notice's
/// own date is left to be written by hand when it is signed and posted: the record keeps only the report's date.
/// </summary>
public static class VoterReportNoticeDocument
{
    public const string BlankDate = "　　年　　月　　日";

    public static byte[] Render(VoterReportPrintModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions) { DocumentTitle = $"关于{model.DeputyName}代表向选民述职的通知" };
        document.Title($"关于{model.DeputyName}代表{OfficialDocument.PreferredTitleBreak}向选民述职的通知");
        var district = string.IsNullOrWhiteSpace(model.District) ? "本选区" : model.District.Trim();
        document.Line($"{district}全体选民：");
        document.Paragraph($"为接受选民监督，进一步密切代表同人民群众的联系，经{model.Issuer}研究，定于{model.DateText}在{model.Place}召开代表述职会议，"
            + $"由{model.TownshipName}人大代表{model.DeputyName}向{district}选民报告履职情况，并接受选民现场测评。");
        document.Paragraph("述职内容：参加人民代表大会会议、闭会期间参加代表活动、联系选民和反映群众意见建议等情况。");
        document.Paragraph("欢迎广大选民届时参加，对代表履职情况提出意见和建议。", keepWithNext: true);
        document.Signature(model.Issuer, BlankDate);
        return document.Render();
    }
}
