using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Places;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Sessions;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// Demo congress sessions (two regular ones a year since the term began, with rolls, votes and
/// elections that respect the rules) and four presidium meetings a year, for one township.
/// </summary>
internal static class DemoSessions
{
    private static readonly string[] LeaveReasons = ["外出务工", "因病住院", "家中有事", "参加县里培训", "出差在外"];

    private static readonly string[] Topics =
    [
        "研究制定年度代表活动计划", "听取代表建议办理情况汇报", "研究组织代表视察农村道路建设", "研究代表小组活动安排",
        "讨论民生实事项目候选清单", "听取政府关于财政预算执行情况的汇报", "研究召开人民代表大会会议的筹备工作", "研究代表履职考评办法",
    ];

    /// <summary>Candidate livelihood projects: a name (村 for a village's name), the owner unit after the township's name, a budget range in 万元.</summary>
    private static readonly (string Name, string Owner, int MinBudget, int MaxBudget)[] ProjectTemplates =
    [
        ("{村}通组道路硬化工程", "交通运输办", 80, 320),
        ("{村}安全饮水巩固提升工程", "水利站", 40, 180),
        ("{村}农田水利渠道维修", "农业综合服务中心", 20, 90),
        ("{镇}中心小学运动场改造", "中心学校", 60, 150),
        ("{镇}卫生院医疗设备更新", "卫生院", 50, 200),
        ("{镇}老年人日间照料中心建设", "民政办", 60, 160),
        ("集镇背街小巷路灯安装", "村镇建设办", 15, 60),
        ("{村}垃圾分类收集点建设", "生态环境办", 10, 40),
        ("{村}村卫生室标准化建设", "卫生院", 15, 50),
        ("集镇农贸市场提升改造", "市场服务中心", 100, 400),
        ("农村危房改造（{户}户）", "村镇建设办", 40, 120),
        ("{村}河道清淤及护岸工程", "水利站", 60, 260),
        ("{村}文化广场建设", "综合文化站", 30, 90),
        ("全域主干道交通安全设施完善", "交通运输办", 30, 110),
        ("{村}产业路建设", "农业综合服务中心", 70, 240),
        ("{村}便民桥改建", "交通运输办", 40, 150),
        ("集镇污水管网延伸工程", "生态环境办", 120, 450),
        ("{村}高标准农田建设", "农业综合服务中心", 150, 500),
        ("留守儿童之家建设", "民政办", 10, 35),
        ("{村}应急避难场所建设", "应急管理办", 20, 70),
    ];

    public static void Seed(CongressDbContext db, Random random, Township township, Term term, List<Deputy> deputies,
        List<DeputyStatusChange> history, DateOnly elected, DateOnly today)
    {
        // Projects draw from their own sequence, so adding them left every other demo figure as it was.
        var projectRandom = new Random(DemoSeeder.Seed + township.Number);
        var villages = db.Villages.Local.Where(v => v.TownshipId == township.Id).OrderBy(v => v.SortOrder).Select(v => v.Name).ToList();
        var byDeputy = history.ToLookup(h => h.DeputyId);
        var ordinal = 0;
        // The first session elects the township's offices; then two regular sessions a year.
        var dates = new List<DateOnly> { elected };
        for (var year = elected.Year + 1; year <= term.EndYear; year++)
        {
            dates.Add(new DateOnly(year, 3, 1).AddDays(random.Next(0, 20)));
            dates.Add(new DateOnly(year, 12, 10).AddDays(random.Next(0, 15)));
        }
        foreach (var start in dates)
        {
            ordinal++;
            var session = new CongressSession
            {
                TownshipId = township.Id, TermId = term.Id, Ordinal = ordinal, Kind = SessionKind.Regular,
                PlannedStart = start, PlannedEnd = start.AddDays(ordinal == 1 ? 1 : random.Next(0, 2)),
                Venue = $"{township.Name}人民政府大会议室",
                NonVotingAttendees = $"{township.Name}党委、政府领导班子成员，各站所负责人，县人大代表",
            };
            db.Add(session);
            if (start > today) continue; // still being prepared
            session.ActualStart = session.PlannedStart;
            session.ActualEnd = session.PlannedEnd;
            session.Status = session.PlannedEnd < today ? SessionStatus.Closed : SessionStatus.InSession;
            var roll = Roll(db, random, session, deputies.Where(d => TermOfOffice.InOfficeOn(d, byDeputy[d.Id], start)).ToList());
            var present = roll.Count(r => r.Status == AttendanceStatus.Present);
            var projectItem = Agenda(db, random, session, ordinal == 1, roll.Count, present, deputies);
            // The first regular session of each year votes on the year's livelihood projects (票决制 since 2023).
            if (projectItem is not null && start.Year >= 2023)
                Projects(db, projectRandom, township, session, projectItem, villages, roll.Count, present);
        }
        Meetings(db, random, township, term, elected, today, deputies);
    }

    private static List<SessionAttendance> Roll(CongressDbContext db, Random random, CongressSession session, List<Deputy> inOffice)
    {
        var roll = inOffice.Where(d => d.Levels.HasFlag(DeputyLevels.Township)).Select(d =>
        {
            var dice = random.Next(100);
            var status = dice < 88 ? AttendanceStatus.Present : dice < 96 ? AttendanceStatus.OnLeave : AttendanceStatus.Absent;
            return new SessionAttendance
            {
                TownshipId = session.TownshipId, SessionId = session.Id, DeputyId = d.Id, Status = status,
                LeaveReason = status == AttendanceStatus.OnLeave ? LeaveReasons[random.Next(LeaveReasons.Length)] : "",
            };
        }).ToList();
        db.AddRange(roll);
        return roll;
    }

    /// <summary>Adds the agenda with its votes and, at the first session, the elections; returns the livelihood-project item if there is one.</summary>
    private static AgendaItem? Agenda(CongressDbContext db, Random random, CongressSession session, bool electoral, int inOffice, int present, List<Deputy> deputies)
    {
        AgendaItem? projectItem = null;
        var items = new List<(AgendaItemKind Kind, string Title)>
        {
            (AgendaItemKind.GovernmentReport, "听取和审议政府工作报告"),
            (AgendaItemKind.BudgetReport, "审查和批准财政预算执行情况和预算草案的报告"),
            (AgendaItemKind.PresidiumReport, "听取和审议人大主席团工作报告"),
        };
        if (electoral) items.Insert(0, (AgendaItemKind.Election, "选举人大主席、副主席，乡镇长、副乡镇长"));
        if (session.PlannedStart.Month <= 6) items.Add((AgendaItemKind.LivelihoodProjectVote, "票决年度民生实事项目"));
        var order = 0;
        foreach (var (kind, title) in items)
        {
            var item = new AgendaItem
            {
                TownshipId = session.TownshipId, SessionId = session.Id, Order = ++order, Kind = kind, Title = title,
                DeliberationOpinions = kind == AgendaItemKind.GovernmentReport ? "代表们一致认为报告实事求是，建议进一步加大农村道路和饮水安全投入。" : "",
            };
            db.Add(item);
            if (kind == AgendaItemKind.LivelihoodProjectVote) projectItem = item;
            if (kind is AgendaItemKind.GovernmentReport or AgendaItemKind.BudgetReport or AgendaItemKind.PresidiumReport or AgendaItemKind.LivelihoodProjectVote)
            {
                var vote = Vote(random, session, $"关于{title.Replace("听取和审议", "").Replace("审查和批准", "")}的决议", inOffice, present);
                vote.AgendaItemId = item.Id;
                db.Add(vote);
            }
        }
        if (!electoral) return projectItem;
        // One person stands for one office: candidates are drawn without replacement.
        var pool = new Queue<Deputy>(deputies.Where(d => d.Category == DeputyCategory.PartyGovernmentCadre).OrderBy(_ => random.Next()));
        Elect(db, random, session, ElectionOffice.Chair, 1, inOffice, present, pool);
        Elect(db, random, session, ElectionOffice.ViceChair, 1, inOffice, present, pool);
        Elect(db, random, session, ElectionOffice.Head, 1, inOffice, present, pool);
        Elect(db, random, session, ElectionOffice.DeputyHead, 2, inOffice, present, pool);
        return projectItem;
    }

    /// <summary>
    /// 12–15 candidate projects, 10 to be chosen: ten get "for" votes close to all present, one may reach
    /// the majority and still miss the seats, the rest fall short; never a tie at the last seat.
    /// </summary>
    private static void Projects(CongressDbContext db, Random random, Township township, CongressSession session, AgendaItem item,
        List<string> villages, int inOffice, int present)
    {
        const int seats = 10;
        session.LivelihoodSeats = seats;
        var count = random.Next(12, 16);
        var majority = SessionRules.MajorityRequired(inOffice);
        var top = Enumerable.Range(0, seats).Select(_ => Math.Max(majority + 1, present - random.Next(0, 7))).ToList();
        var lowestChosen = top.Min();
        var others = Enumerable.Range(0, count - seats).Select(i => i == 0 && lowestChosen - 1 >= majority && random.Next(2) == 0
            ? random.Next(majority, lowestChosen)
            : random.Next(majority / 2, majority)).ToList();
        var votes = top.Concat(others).OrderBy(_ => random.Next()).ToList();
        var chosen = SessionRules.ChosenProjects(votes, seats, inOffice, []);
        var templates = ProjectTemplates.OrderBy(_ => random.Next()).Take(count).ToList();
        for (var i = 0; i < count; i++)
        {
            var (name, owner, min, max) = templates[i];
            var rest = present - votes[i];
            var against = random.Next(0, rest + 1);
            db.Add(new LivelihoodCandidate
            {
                TownshipId = session.TownshipId, SessionId = session.Id, AgendaItemId = item.Id, Order = i + 1,
                Name = name.Replace("{村}", villages[random.Next(villages.Count)]).Replace("{镇}", township.Name)
                    .Replace("{户}", random.Next(12, 40).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Description = $"{session.Start.Year}年实施，当年完工。",
                OwnerUnit = township.Name + owner,
                EstimatedBudget = random.Next(min, max + 1),
                For = votes[i], Against = against, Abstain = random.Next(0, rest - against + 1),
                DeputiesInOffice = inOffice, Present = present, Chosen = chosen.Contains(i),
            });
        }
    }

    private static SessionVote Vote(Random random, CongressSession session, string title, int inOffice, int present)
    {
        var against = random.Next(0, 3);
        var abstain = random.Next(0, 3);
        var forVotes = Math.Max(0, present - against - abstain - random.Next(0, 2));
        return new SessionVote
        {
            TownshipId = session.TownshipId, SessionId = session.Id, Kind = VoteKind.Resolution, Title = title,
            For = forVotes, Against = against, Abstain = abstain, DeputiesInOffice = inOffice, Present = present,
            Adopted = SessionRules.IsMajorityOfAll(forVotes, inOffice),
        };
    }

    private static void Elect(CongressDbContext db, Random random, CongressSession session, ElectionOffice office, int seats,
        int inOffice, int present, Queue<Deputy> pool)
    {
        var election = new Election
        {
            TownshipId = session.TownshipId, SessionId = session.Id, Office = office, OfficeTitle = SessionLabels.Of(office),
            Seats = seats, DeputiesInOffice = inOffice, BallotsCast = present,
        };
        // Competitive elections have one candidate more than seats (差额选举) for deputy heads.
        var count = office == ElectionOffice.DeputyHead ? seats + 1 : seats;
        var candidates = Enumerable.Range(0, Math.Min(count, pool.Count)).Select(_ => pool.Dequeue()).ToList();
        var votes = candidates.Select((_, i) => i < seats ? present - random.Next(0, 4) : present / 3).ToList();
        var elected = SessionRules.Elected(votes, seats, inOffice, present, []);
        for (var i = 0; i < candidates.Count; i++)
        {
            election.Candidates.Add(new ElectionCandidate
            {
                TownshipId = session.TownshipId, ElectionId = election.Id, Name = candidates[i].Name, DeputyId = candidates[i].Id,
                Order = i + 1, Votes = votes[i], Elected = elected.Contains(i),
            });
            if (elected.Contains(i))
                db.Add(new OfficeHolder
                {
                    TownshipId = session.TownshipId, TermId = session.TermId, Office = office, OfficeTitle = election.OfficeTitle,
                    Name = candidates[i].Name, DeputyId = candidates[i].Id, ElectionId = election.Id, Since = session.PlannedStart,
                });
        }
        db.Add(election);
    }

    private static void Meetings(CongressDbContext db, Random random, Township township, Term term, DateOnly elected,
        DateOnly today, List<Deputy> deputies)
    {
        for (var year = elected.Year + 1; year <= today.Year; year++)
        {
            for (var quarter = 0; quarter < 4; quarter++)
            {
                var date = new DateOnly(year, quarter * 3 + 1, 15).AddDays(random.Next(0, 40));
                if (date > today) break;
                var topics = Topics.OrderBy(_ => random.Next()).Take(random.Next(2, 4)).ToList();
                var presidium = deputies.Take(7).Select(d => d.Name).ToList();
                var meeting = new PresidiumMeeting
                {
                    TownshipId = township.Id, TermId = term.Id, NumberInYear = quarter + 1, Date = date,
                    Place = $"{township.Name}人大主席办公室", PresidedBy = presidium[0],
                    Attendees = string.Join("、", presidium), Topics = string.Join('\n', topics),
                    Decisions = string.Join('\n', topics.Select(t => $"同意{t.Replace("研究", "").Replace("听取", "").Replace("讨论", "")}的安排")),
                };
                foreach (var topic in topics.Take(random.Next(1, 3)))
                {
                    var due = date.AddDays(random.Next(20, 60));
                    var done = due < today.AddDays(-20) || random.Next(100) < 50;
                    meeting.Actions.Add(new PresidiumAction
                    {
                        TownshipId = township.Id, MeetingId = meeting.Id, Description = $"落实：{topic}", Owner = "人大专职副主席",
                        DueOn = due, Status = done ? ActionStatus.Done : ActionStatus.Open,
                        CompletedOn = done ? (due < today ? due.AddDays(-2) : today) : null, Result = done ? "已按期完成" : "",
                    });
                }
                db.Add(meeting);
            }
        }
    }
}
