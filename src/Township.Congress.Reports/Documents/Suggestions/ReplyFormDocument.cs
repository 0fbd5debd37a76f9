using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Suggestions.SuggestionText;

namespace Township.Congress.Reports.Documents.Suggestions;

/// <summary>
/// The reply form (代表建议办理情况答复表) on one A4 page without a page number: the item's facts printed,
/// then boxes and blank cells for the unit to fill in by hand, the deputy's opinion and signature. The
/// 办理情况 cell takes whatever room the page leaves, so the form always ends at the bottom of the type area.
/// </summary>
public static class ReplyFormDocument
{
    /// <summary>The answer classes as printed; the same wording as the rules in the assignment letter.</summary>
    public static readonly IReadOnlyList<string> AnswerClasses =
    [
        "□A类（已解决或采纳）",
        "□B类（正在解决或列入计划）",
        "□C类（因条件限制暂时不能解决）",
    ];

    public static readonly IReadOnlyList<string> Satisfaction = ["□满意", "□基本满意", "□不满意"];

    // 四号 throughout; every row at least 9 mm high, room for handwriting. (A full grid line, 10 mm,
    // leaves too little for the 办理情况 cell once a long title and many co-signers wrap.)
    private static readonly TableStyle Style = new(FontSize: 14, PaddingX: 4, PaddingY: 4, MinRowHeight: PageSetup.Mm(9));

    private static readonly FormGrid Grid = new(FieldsPerRow: 2, LabelWidth: 1.4, ValueWidth: 2.1);

    // Four handwritten lines at the least (41 mm); with the usual facts the cell gets about 60 mm.
    private static readonly double MinimumReplyHeight = 4 * PageSetup.LinePitch;

    private const string DateBlank = "年　　月　　日";

    public static byte[] Render(ReplyFormModel model, FontOptions fontOptions) => Build(model, fontOptions).Render();

    public static OfficialDocument Build(ReplyFormModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions) { PageNumbers = false };
        Write(document, model);
        return document;
    }

    internal static void Write(OfficialDocument document, ReplyFormModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var kind = Kind(model.ItemKindName);
        var issuer = Issuer(model.Issuer, model.TownshipName);
        document.Title($"代表{kind}办理情况答复表");
        document.Form(
        [
            Grid.Row(new($"{kind}编号", model.ItemNumber), new("领衔代表", model.LeadDeputy, Names: true)),
            Grid.Row(new("标题", model.Title)),
            Grid.Row(new("附议代表", ListOrNone(model.CoSigners), Names: true)),
            Grid.Row(new("主办单位", model.UnitName, Names: true)),
            Grid.Row(new("协办单位", ListOrNone(model.CoUnitNames), Names: true)),
            Grid.Row(new("交办日期", model.AssignedOnText), new("答复期限", model.DeadlineText)),
            Grid.Row(new("答复类别", string.Join("\n", AnswerClasses))),
            Grid.Row(new("办理情况", string.Empty)) with { MinHeight = MinimumReplyHeight, FillsPage = true },
            Grid.Row(new("承办人", string.Empty), new("联系电话", string.Empty)),
            Grid.Row(new("单位负责人（签字）", string.Empty), new("日期", DateBlank, TextAlignment.Right)),
            Grid.Row(new("代表意见", string.Join("　　", Satisfaction))),
            Grid.Row(new("代表签字", string.Empty), new("日期", DateBlank, TextAlignment.Right)),
            FormRow.FullWidth(
                $"说明：1．请于答复期限前将本表连同书面答复材料报送{issuer}。\n"
                + "2．在选定的“□”内划“√”；办理情况填写不下的，可另附页。"),
        ],
            Style);
    }
}
