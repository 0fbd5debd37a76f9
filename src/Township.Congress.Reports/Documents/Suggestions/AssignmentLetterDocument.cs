using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;
using static Township.Congress.Reports.Documents.Suggestions.SuggestionText;

namespace Township.Congress.Reports.Documents.Suggestions;

/// <summary>
/// The assignment letter (交办函) for one deputy suggestion, in the letter format of GB/T 9704-2012 (9.1,
/// without the masthead): the number flush right above the title, the addressee, the request and the
/// rules of handling, a table of the item, the note of the attachment and the signature; the deputy's
/// text follows as the attachment on a page of its own, the page numbers running on.
/// </summary>
public static class AssignmentLetterDocument
{
    // 小四 in the item table: the facts stay on one line each, and the table stays small beside 三号 body text.
    private static readonly TableStyle ItemStyle = new(FontSize: 12, PaddingX: 4, PaddingY: 4);

    private static readonly FormGrid ItemGrid = new(FieldsPerRow: 2, LabelWidth: 1, ValueWidth: 2);

    public static byte[] Render(AssignmentLetterModel model, FontOptions fontOptions) => Build(model, fontOptions).Render();

    /// <summary>The letter as a document, for callers that want to append to it before rendering.</summary>
    public static OfficialDocument Build(AssignmentLetterModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions);
        Write(document, model);
        return document;
    }

    internal static void Write(OfficialDocument document, AssignmentLetterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var issuer = Issuer(model.Issuer, model.TownshipName);
        var kind = Kind(model.ItemKindName);
        var leadUnit = LeadUnit(model);

        if (!string.IsNullOrWhiteSpace(model.LetterNumber))
        {
            // 信函格式: the number flush right on the first line, the title two lines below it.
            document.Line(model.LetterNumber.Trim(), TextAlignment.Right, keepWithNext: true);
            document.BlankLine();
        }

        var verb = model.IsRehandling ? "重新办理" : "交办";
        document.Title(TitleBreakingAfter($"{issuer}关于{verb}代表{kind}的函", issuer));
        document.Line($"{model.UnitName.Trim()}：");

        foreach (var paragraph in model.IsCoUnit ? CoUnitRequest(model, kind, leadUnit, issuer) : LeadUnitRequest(model, kind, issuer))
        {
            document.Paragraph(paragraph);
        }

        if (!string.IsNullOrWhiteSpace(model.Remarks))
        {
            document.Paragraph(Sentence(model.Remarks));
        }

        document.Paragraph($"该{kind}基本情况如下：", keepWithNext: true);
        document.Form(ItemRows(model, leadUnit), ItemStyle, keepTogether: true);

        // 附件说明 a blank line under the text, kept on the page of the signature so the signature never stands alone.
        document.BlankLine();
        document.Paragraph($"附件：代表{kind}原文", keepWithNext: true);
        document.Signature(issuer, model.SignedOnText);

        document.PageBreak();
        document.AttachmentMark();
        document.Title($"代表{kind}原文", blankLineAfter: false);
        document.Subtitle(Quoted(model.Title));
        document.BlankLine();
        // One line each, so a long list of co-signers does not push the lead deputy's name into a wrap.
        document.Line($"领衔代表：{model.LeadDeputy}");
        if (model.CoSigners.Any(n => !string.IsNullOrWhiteSpace(n)))
        {
            document.Line($"附议代表：{List(model.CoSigners)}");
        }

        var paragraphs = Paragraphs(model.Text);
        foreach (var paragraph in paragraphs.Count > 0 ? paragraphs : ["（无正文）"])
        {
            document.Paragraph(paragraph);
        }
    }

    /// <summary>"张三代表" alone, "张三等3名代表" with co-signers.</summary>
    private static string RaisedBy(AssignmentLetterModel model)
    {
        var coSigners = model.CoSigners.Count(n => !string.IsNullOrWhiteSpace(n));
        return coSigners == 0 ? $"{model.LeadDeputy}代表" : $"{model.LeadDeputy}等{Number(coSigners + 1)}名代表";
    }

    /// <summary>"城关镇第十三届人民代表大会第三次会议期间，张三等3名代表提出的《…》（编号：2026-017）".</summary>
    private static string Item(AssignmentLetterModel model) =>
        (string.IsNullOrWhiteSpace(model.RaisedWhen) ? string.Empty : $"{model.RaisedWhen.Trim()}，")
        + $"{RaisedBy(model)}提出了{Quoted(model.Title)}（编号：{model.ItemNumber}）";

    /// <summary>"，代表意见：“…”": what the deputy found wanting, in the deputy's words.</summary>
    private static string Opinion(AssignmentLetterModel model) =>
        string.IsNullOrWhiteSpace(model.DissatisfiedOpinion) ? string.Empty : $"，代表意见：“{model.DissatisfiedOpinion.Trim()}”";

    private static IEnumerable<string> LeadUnitRequest(AssignmentLetterModel model, string kind, string issuer)
    {
        var coUnits = List(model.CoUnitNames);
        var withCoUnits = coUnits.Length > 0 ? $"主办（协办单位：{coUnits}）" : "办理";
        if (model.IsRehandling)
        {
            yield return $"{model.LeadDeputy}代表对{Quoted(model.Title)}（编号：{model.ItemNumber}）的办理答复不满意{Opinion(model)}。经研究，现将该{kind}交由你单位重新{withCoUnits}。"
                + $"请认真研究代表意见，改进办理工作，于{model.DeadlineText}前（自交办之日起一个月内）重新书面答复代表，并将答复材料报送{issuer}。";
        }
        else
        {
            yield return $"{Item(model)}。经研究，现将该{kind}交由你单位{withCoUnits}，请认真研究办理，于{model.DeadlineText}前书面答复代表，并将答复材料报送{issuer}。";
        }

        yield return "办理过程中，请主动与领衔代表联系，听取代表意见；答复代表前，应当就办理情况与代表沟通。";
        yield return "答复时请标明办理结果类别：A类为所提问题已经解决或者采纳的；B类为所提问题正在解决或者已列入计划逐步解决的；"
            + "C类为所提问题因条件限制或者其他原因暂时不能解决的，应当向代表说明原因。答复文件由单位主要负责人签发。";
    }

    private static IEnumerable<string> CoUnitRequest(AssignmentLetterModel model, string kind, string leadUnit, string issuer)
    {
        var others = List(model.CoUnitNames.Where(n => !string.Equals(n.Trim(), model.UnitName.Trim(), StringComparison.Ordinal)));
        var otherCoUnits = others.Length > 0 ? $"（其他协办单位：{others}）" : string.Empty;
        var by = string.IsNullOrWhiteSpace(model.CoUnitDeadlineText)
            ? model.IsRehandling ? "自收到本函之日起十五日内" : "自收到本函之日起一个月内"
            : $"于{model.CoUnitDeadlineText.Trim()}前";
        if (model.IsRehandling)
        {
            yield return $"{model.LeadDeputy}代表对{Quoted(model.Title)}（编号：{model.ItemNumber}）的办理答复不满意{Opinion(model)}。经研究，现将该{kind}交由{leadUnit}重新主办，你单位协办{otherCoUnits}。"
                + $"请你单位协助主办单位重新办理，并{by}将协办意见书面送主办单位，同时抄送{issuer}。主办单位应当于{model.DeadlineText}前重新答复代表。";
        }
        else
        {
            yield return $"{Item(model)}。经研究，现将该{kind}交由{leadUnit}主办，你单位协办{otherCoUnits}。"
                + $"请你单位协助主办单位办理，并{by}将协办意见书面送主办单位，同时抄送{issuer}。主办单位应当于{model.DeadlineText}前答复代表。";
        }

        yield return "协办意见由单位负责人签署。办理中需要与代表沟通的，请与主办单位共同进行。";
    }

    private static IEnumerable<FormRow> ItemRows(AssignmentLetterModel model, string leadUnit)
    {
        yield return ItemGrid.Row(new("编号", model.ItemNumber), new("类别", model.CategoryName));
        yield return ItemGrid.Row(new("标题", model.Title));
        yield return ItemGrid.Row(new("领衔代表", model.LeadDeputy, Names: true), new("附议代表", ListOrNone(model.CoSigners), Names: true));
        yield return ItemGrid.Row(new("主办单位", leadUnit, Names: true), new("协办单位", ListOrNone(model.CoUnitNames), Names: true));
        yield return ItemGrid.Row(new("交办日期", model.AssignedOnText), new("办理期限", model.DeadlineText));
    }
}
