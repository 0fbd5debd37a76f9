using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.VoterContact;

/// <summary>
/// 代表接待日公告 in GB/T 9704-2012 layout: the title, the call to the voters, a table of when, where and who
/// is on duty, what visitors may raise and how, and the presidium's signature dated the day it was posted.
/// </summary>
public static class ReceptionNoticeDocument
{
    private static readonly TableStyle FactStyle = new(FontSize: 14, PaddingX: 6, PaddingY: 6);

    private static readonly FormGrid Facts = new(FieldsPerRow: 1, LabelWidth: 1, ValueWidth: 3);

    public static byte[] Render(ReceptionNoticeModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions)
        {
            DocumentDate = model.PostedOn.ToDateTime(TimeOnly.MinValue),
        };
        document.Title(TitleBreakingAfter($"{model.StationName}代表接待日公告", model.StationName));
        document.Line("广大选民群众：");
        document.Paragraph($"为密切人大代表同人民群众的联系，倾听群众意见和建议，{model.TownshipName}人大主席团定于{model.DayText}在{model.StationName}开展代表接待选民活动。现将有关事项公告如下：", keepWithNext: true);
        document.Form(Rows(model), FactStyle, keepTogether: true);
        document.Paragraph("选民可就本地经济社会发展、民生实事、基层治理以及涉及群众切身利益的问题，当面向值班代表反映情况、提出意见和建议。来访时请如实反映问题，有书面材料的可一并提交；涉法涉诉及已进入其他法定程序的事项，请依法通过相应渠道反映。");
        document.Paragraph("代表对选民反映的问题，能够当场答复的当场答复；需要有关方面办理的，转村（社区）或者主席团交办；具有普遍性的问题，由代表形成建议依法提出，并及时向选民反馈办理情况。");
        document.Paragraph("特此公告。");
        document.Signature(model.Issuer, model.PostedOnText);
        return document.Render();
    }

    private static IEnumerable<FormRow> Rows(ReceptionNoticeModel model)
    {
        yield return Facts.Row(new FormField("接待时间", string.IsNullOrWhiteSpace(model.Hours) ? model.DayText : $"{model.DayText} {model.Hours.Trim()}"));
        yield return Facts.Row(new FormField("接待地点", model.Place));
        yield return Facts.Row(new FormField("值班代表", List(model.DutyDeputies), Names: true));
    }
}
