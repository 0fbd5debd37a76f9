using BenchmarkDotNet.Attributes;
using Township.Congress.Reports.Documents.Sessions;
using Township.Congress.Reports.Fonts;
using Township.Congress.Sessions;
using Township.Congress.Web.Features.Sessions;
using RollEntry = Township.Congress.Sessions.RollEntry;

namespace Township.Congress.Benchmarks;

/// <summary>
/// The minutes of a session with 160 deputies on the roll (12 on leave or absent), four votes and
/// four elections: the mapping from the record and the PDF, warm. Target: ≤ 100 ms.
/// </summary>
[Config(typeof(PdfConfig))]
public class SessionMinutesBenchmark
{
    public const int Deputies = 160;

    private readonly FontOptions _fonts = new();
    private SessionDetails _session = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        _session = Create(Deputies);
        CjkFontRegistration.Preload(_fonts);
        var pdf = SessionMinutesDocument.Render(SessionPrints.MinutesModel(_session), _fonts);
        Console.WriteLine($"// Session minutes: {Deputies} deputies, {pdf.Length:N0} bytes");
    }

    [Benchmark]
    public int Minutes160Deputies() => SessionMinutesDocument.Render(SessionPrints.MinutesModel(_session), _fonts).Length;

    public static SessionDetails Create(int deputies)
    {
        var names = RosterModels.Create(deputies).Groups.SelectMany(g => g.Rows.Select(r => (r.Name, g.GroupName))).ToList();
        var roll = names.Select((n, i) => new RollEntry(Guid.NewGuid(), n.Name, n.GroupName,
            i % 15 == 7 ? AttendanceStatus.OnLeave : i % 40 == 11 ? AttendanceStatus.Absent : AttendanceStatus.Present,
            i % 15 == 7 ? "外出务工" : "")).ToList();
        var present = roll.Count(r => r.Status == AttendanceStatus.Present);
        var summary = new AttendanceSummary(roll.Count, present, roll.Count(r => r.Status == AttendanceStatus.OnLeave),
            roll.Count(r => r.Status == AttendanceStatus.Absent), 0);
        var agenda = new[] { "听取和审议政府工作报告", "审查和批准财政预算报告", "听取和审议人大主席团工作报告", "选举", "票决民生实事项目" }
            .Select((t, i) => new AgendaEntry(Guid.NewGuid(), i + 1, AgendaItemKind.Other, t, i == 0 ? "代表们认为报告实事求是。" : "", 0)).ToList();
        var votes = agenda.Take(4).Select(a => new VoteEntry(Guid.NewGuid(), $"关于{a.Title}的决议", VoteKind.Resolution,
            present - 3, 2, 1, 0, roll.Count, present, true)).ToList();
        var elections = new[] { "人大主席", "人大副主席", "镇长", "副镇长" }.Select((o, i) => new ElectionEntry(Guid.NewGuid(),
            ElectionOffice.Other, o, i == 3 ? 2 : 1, roll.Count, present,
            roll.Skip(i * 3).Take(i == 3 ? 3 : 1).Select((r, j) => new CandidateEntry(r.Name, j < 2 ? present - 2 : 30, j < 2)).ToList())).ToList();
        return new SessionDetails(Guid.NewGuid(), Guid.NewGuid(), "城关镇", 13, 3, "第十三届人民代表大会第三次会议", SessionKind.Regular, null,
            SessionStatus.Closed, new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 9), 2,
            "镇政府大会议室", null, "镇党委、政府领导班子成员", "", "", summary, roll, agenda, votes, elections, [], null, [], 0);
    }
}
