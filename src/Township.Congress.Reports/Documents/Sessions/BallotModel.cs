namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>
/// Input for one ballot (选票 / 表决票): an election of officers or a vote on livelihood projects (票决).
/// </summary>
/// <param name="SessionName">Printed above the title, e.g. "城关镇第十三届人民代表大会第三次会议".</param>
/// <param name="Title">"城关镇人民代表大会主席选举票", "2027年城关镇民生实事项目票决票".</param>
/// <param name="SeatsText">"应选1名", "应选10项"; printed in brackets under the title.</param>
/// <param name="CandidateHeader">"候选人姓名" or "候选项目".</param>
/// <param name="Candidates">Names or projects in ballot order (for names, usually by surname strokes).</param>
/// <param name="Choices">
/// Empty: the candidates run across the page with one empty box under each name, where the voter
/// marks a symbol. Otherwise one row per candidate with a box per choice, e.g. 同意/不同意/弃权 or 赞成/反对/弃权.
/// </param>
/// <param name="Instructions">说明 lines, printed numbered under the boxes.</param>
/// <param name="WriteInSlots">Empty places for another person (另选人), as an equal-number election allows.</param>
/// <param name="Lead">A line under the seats, e.g. "2027年度民生实事项目　候选项目12项，最多确定10项"; empty for none.</param>
/// <param name="CandidateNotes">Per candidate (same order), a second line under its name, e.g. "责任单位：镇交通办；估算投资：120万元".</param>
/// <param name="MarkRowLabel">Label of the row of boxes under the names (used when <paramref name="Choices"/> is empty).</param>
public sealed record BallotModel(
    string SessionName,
    string Title,
    string SeatsText,
    string CandidateHeader,
    IReadOnlyList<string> Candidates,
    IReadOnlyList<string> Choices,
    IReadOnlyList<string> Instructions,
    int WriteInSlots = 0,
    string MarkRowLabel = "表决意见",
    string Lead = "",
    IReadOnlyList<string>? CandidateNotes = null);
