using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>
/// Ballots (选票) for elections and project votes, one ballot per page and no page numbers. The boxes
/// are empty table cells tall enough to mark by hand.
/// </summary>
public static class BallotDocument
{
    public const string WriteInHeader = "另选人";

    // Names across the page: five a row keeps a four-character name on one line at 三号.
    private const int NamesPerRow = 5;

    private static readonly TableStyle GridStyle = new(FontSize: 16, PaddingY: 4, MinRowHeight: 48);

    private static readonly TableStyle ChoiceStyle = new(FontSize: 14, PaddingY: 4, MinRowHeight: 30);

    // Longer project lists get smaller type, so that most stay one sheet; a list longer still (or one with a unit
    // and budget line under each project) continues on a further page.
    private static readonly TableStyle DenseChoiceStyle = new(FontSize: 12, PaddingY: 3);

    private static readonly TableStyle DensestChoiceStyle = new(FontSize: 10.5, PaddingY: 2);

    public static byte[] Render(BallotModel ballot, FontOptions fontOptions) => Render([ballot], fontOptions);

    /// <summary>Several ballots in one file (e.g. every election of a session), each on its own page.</summary>
    public static byte[] Render(IReadOnlyList<BallotModel> ballots, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        var document = new OfficialDocument(fontOptions) { PageNumbers = false };
        foreach (var ballot in ballots)
        {
            document.PageBreak();
            Write(document, ballot);
        }

        return document.Render();
    }

    private static void Write(OfficialDocument document, BallotModel ballot)
    {
        document.Subtitle(ballot.SessionName);
        document.Title(ballot.Title, blankLineAfter: false);
        document.Subtitle($"（{ballot.SeatsText}）");
        if (ballot.Lead.Length > 0)
        {
            document.Line(ballot.Lead, TextAlignment.Center, keepWithNext: true);
        }

        document.BlankLine();
        if (ballot.Choices.Count == 0)
        {
            WriteNameGrid(document, ballot);
        }
        else
        {
            WriteChoiceRows(document, ballot);
        }

        if (ballot.Instructions.Count > 0)
        {
            document.Line("说明：", keepWithNext: true);
            for (var i = 0; i < ballot.Instructions.Count; i++)
            {
                document.Paragraph($"{Number(i + 1)}．{ballot.Instructions[i]}");
            }
        }
    }

    /// <summary>
    /// Names in the header row, an empty box under each; more than five names continue in further row
    /// pairs of even length. No spare boxes are drawn: a voter must not find a box that belongs to nobody.
    /// </summary>
    private static void WriteNameGrid(OfficialDocument document, BallotModel ballot)
    {
        var names = ballot.Candidates.Concat(Enumerable.Repeat(WriteInHeader, ballot.WriteInSlots)).ToList();
        var rowPairs = Math.Max(1, (names.Count + NamesPerRow - 1) / NamesPerRow);
        var perRow = Math.Max(1, (names.Count + rowPairs - 1) / rowPairs);
        foreach (var chunk in names.Chunk(perRow).DefaultIfEmpty([]))
        {
            var columns = new List<TableColumn> { new(ballot.CandidateHeader, 1.4) };
            columns.AddRange(chunk.Select(name => new TableColumn(name, 1)));
            var boxes = new List<string> { ballot.MarkRowLabel };
            boxes.AddRange(chunk.Select(_ => string.Empty));
            document.Table(columns, [boxes], GridStyle);
        }
    }

    private static void WriteChoiceRows(OfficialDocument document, BallotModel ballot)
    {
        var columns = new List<TableColumn>
        {
            new("序号", 0.7),
            new(ballot.CandidateHeader, 4.4, TextAlignment.Left),
        };
        columns.AddRange(ballot.Choices.Select(c => new TableColumn(c, 0.9)));
        var rows = ballot.Candidates.Concat(Enumerable.Repeat(string.Empty, ballot.WriteInSlots))
            .Select((name, i) =>
            {
                var note = ballot.CandidateNotes is { } notes && i < notes.Count && notes[i].Length > 0 ? "\n" + notes[i] : "";
                var row = new List<string> { Number(i + 1), name.Length == 0 ? WriteInHeader + "：" : name + note };
                row.AddRange(Enumerable.Repeat(string.Empty, ballot.Choices.Count));
                return (IReadOnlyList<string>)row;
            });
        // Type size by the number of rows to mark; a second line under a name (unit, budget) does not shrink it: a list
        // too long for one sheet flows onto the next, under the repeated header (the table never splits a row).
        var count = ballot.Candidates.Count + ballot.WriteInSlots;
        document.Table(columns, rows, count switch
        {
            <= 10 => ChoiceStyle,
            <= 16 => DenseChoiceStyle,
            _ => DensestChoiceStyle,
        });
    }
}
