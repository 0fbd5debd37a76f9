using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Places;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// 20–40 items a year for one township since the term began, played forward through the same
/// lifecycle the service enforces (assignment, answers, feedback, one re-handling after 不满意,
/// closure), so that the figures, the lists and the timelines look like a real office's. Some
/// are merged from raw constituents' items, a few are motions, and this year's late ones are overdue.
/// </summary>
internal sealed class DemoSuggestions(CongressDbContext db, Random random, Township township, List<Village> villages,
    List<Deputy> deputies, List<SuggestionCategory> categories, Dictionary<string, HandlingUnit> countyUnits,
    Dictionary<string, HandlingUnit> townshipUnits, Dictionary<Guid, string> unitLogins, DateOnly today)
{
    private static readonly string[][] Titles =
    [
        ["硬化{v}通组道路", "维修{v}破损村道", "在{v}急弯路段增设安全护栏"],
        ["修缮{v}灌溉渠系", "整治{v}山坪塘", "解决{v}农田灌溉用水困难"],
        ["改善{t}中心小学办学条件", "解决{v}学生上学交通安全问题", "增加乡村幼儿园学位"],
        ["加强{v}卫生室建设", "增配{t}卫生院医务人员", "开展老年人免费健康体检"],
        ["提高农村低保保障水平", "建设{v}老年人日间照料中心", "加强留守儿童关爱服务"],
        ["增设{v}垃圾收集点", "整治{v}生活污水直排", "开展{t}集镇环境卫生整治"],
        ["扶持{v}特色种植产业", "建设{v}农产品冷链仓储设施", "加强农村电商服务站建设"],
        ["在{v}路口安装视频监控", "加强{t}集镇交通秩序管理", "开展农村防范电信诈骗宣传"],
        ["改造{t}集镇老旧供水管网", "加快{v}农村危房改造", "规范{t}集镇停车管理"],
        ["丰富{v}群众文化生活", "完善{v}便民服务代办点"],
    ];

    private static readonly string[] Answers =
    [
        "经研究，该事项已于{d}办理完毕，现场已整改到位，群众反映良好。",
        "该事项已列入{y}年度工作计划，目前正在争取项目资金，预计于{y}年内实施完成。",
        "经调查核实，受资金和政策条件限制，目前暂不具备实施条件。我单位将持续跟踪，条件成熟时优先安排。",
    ];

    private int _eventCount;

    // Kept here rather than read from DbSet.Local, which runs DetectChanges over the whole county each time.
    private readonly Dictionary<Guid, List<SuggestionAssignment>> _assignments = [];

    private string Secretary => $"town{township.Number:D2}";

    public void Seed(int fromYear)
    {
        var sessions = db.Sessions.Local.Where(s => s.TownshipId == township.Id).OrderBy(s => s.PlannedStart).ToList();
        var inOffice = deputies.Where(d => d.Status == DeputyStatus.InOffice).ToList();
        for (var year = fromYear; year <= today.Year; year++)
        {
            var count = random.Next(20, 41);
            var yearEnd = year == today.Year ? today.AddDays(-3) : new DateOnly(year, 12, 31);
            var yearSessions = sessions.Where(s => s.PlannedStart.Year == year && s.PlannedStart <= yearEnd).ToList();
            var dates = Enumerable.Range(0, count).Select(_ =>
                    yearSessions.Count > 0 && random.Next(100) < 60
                        ? yearSessions[random.Next(yearSessions.Count)].PlannedStart
                        : new DateOnly(year, 1, 5).AddDays(random.Next(yearEnd.DayNumber - new DateOnly(year, 1, 5).DayNumber)))
                .Order().ToList();
            var sequence = 0;
            var mergeAt = random.Next(count / 2);
            for (var i = 0; i < count; i++)
            {
                var session = yearSessions.FirstOrDefault(s => s.PlannedStart == dates[i]);
                if (i == mergeAt)
                {
                    // Three items gathered from constituents, merged into one a week later.
                    var category = random.Next(categories.Count);
                    var sources = Enumerable.Range(0, 3).Select(_ => NewItem(year, ++sequence, dates[i], null, inOffice, category, SuggestionKind.Suggestion, SuggestionSource.ConstituentContact)).ToList();
                    var mergedOn = Min(dates[i].AddDays(7), yearEnd);
                    var merged = NewItem(year, ++sequence, mergedOn, null, inOffice, category, SuggestionKind.Suggestion, SuggestionSource.ConstituentContact,
                        sources.SelectMany(s => s.Signers).Select(s => s.DeputyId).Distinct().ToList());
                    merged.MergedSourceCount = sources.Count;
                    merged.SourceNote = $"由{string.Join("、", sources.Select(s => s.Number))}并案";
                    merged.State = SuggestionState.Registered;
                    Event(merged, SuggestionAction.Merge, SuggestionState.Submitted, mergedOn, $"由{sources.Count}件原件并案：{string.Join("、", sources.Select(s => s.Number))}");
                    foreach (var s in sources)
                    {
                        s.State = SuggestionState.Merged;
                        s.MergedIntoId = merged.Id;
                        Event(s, SuggestionAction.Merge, SuggestionState.Submitted, mergedOn, $"并入{merged.Number}办理");
                    }
                    PlayForward(merged, mergedOn);
                    continue;
                }
                var kind = random.Next(100) switch { < 6 => SuggestionKind.Motion, < 11 => SuggestionKind.Opinion, < 14 => SuggestionKind.Criticism, _ => SuggestionKind.Suggestion };
                var item = NewItem(year, ++sequence, dates[i], session, inOffice, random.Next(categories.Count), kind,
                    random.Next(100) < 75 ? SuggestionSource.Deputy : random.Next(2) == 0 ? SuggestionSource.ConstituentContact : SuggestionSource.Activity);
                PlayForward(item, item.SubmittedOn);
            }
        }
    }

    private Suggestion NewItem(int year, int sequence, DateOnly on, CongressSession? session, List<Deputy> inOffice, int category,
        SuggestionKind kind, SuggestionSource source, List<Guid>? signerIds = null)
    {
        var village = villages[random.Next(villages.Count)].Name;
        var core = Titles[category][random.Next(Titles[category].Length)].Replace("{v}", village).Replace("{t}", township.Name);
        var title = $"关于{core}的{SuggestionLabels.Of(kind)}";
        var text = $"{village}群众多次反映，{core}一事关系群众切身利益，长期未能解决，影响群众生产生活。建议{core.Replace("在", "")}，"
            + "由相关部门统筹资金、明确责任、限期落实，并及时向代表和群众反馈办理情况。";
        signerIds ??= inOffice.OrderBy(_ => random.Next()).Take(kind == SuggestionKind.Motion ? random.Next(5, 8) : random.Next(1, 4)).Select(d => d.Id).ToList();
        var byId = inOffice.ToDictionary(d => d.Id);
        var item = new Suggestion
        {
            TownshipId = township.Id, Year = year, Sequence = sequence, Kind = kind, CategoryId = categories[category].Id, LeadDeputyId = signerIds[0],
            LeadDeputyName = byId[signerIds[0]].Name, SessionId = session?.Id, SubmittedOn = on, Source = source,
            SourceNote = source == SuggestionSource.ConstituentContact ? $"代表联系{village}选民时收集" : "",
            IsComplex = random.Next(100) < 8, IsKeyItem = false,
        };
        item.SetContent(title, text);
        item.Signers = signerIds.Select((id, n) => new SuggestionSigner
        {
            TownshipId = township.Id, SuggestionId = item.Id, DeputyId = id, DeputyName = byId[id].Name, IsLead = n == 0, SortOrder = n,
        }).ToList();
        db.Suggestions.Add(item);
        Event(item, SuggestionAction.Submit, SuggestionState.Submitted, on,
            $"{SuggestionLabels.Of(kind)}由{item.LeadDeputyName}代表提出" + (session is null ? "（闭会期间）" : "（会议期间）"));
        return item;
    }

    /// <summary>Moves the item through its life up to today, as far as its dates allow.</summary>
    private void PlayForward(Suggestion item, DateOnly from)
    {
        var categoryIndex = categories.FindIndex(c => c.Id == item.CategoryId);
        if (item.Kind == SuggestionKind.Motion)
        {
            if (!Step(item, SuggestionAction.Accept, from.AddDays(2), SuggestionState.Registered, "议案审查委员会决定立案")) return;
        }
        var assignOn = from.AddDays(random.Next(3, 15));
        if (assignOn > today) return;
        var (countyName, townshipKey) = DemoUnits.ByCategory[Math.Max(0, categoryIndex)];
        var lead = random.Next(100) < 50 ? countyUnits[countyName] : townshipUnits.GetValueOrDefault(townshipKey) ?? countyUnits[countyName];
        var co = random.Next(100) < 25 ? (lead == countyUnits[countyName] ? townshipUnits.GetValueOrDefault(townshipKey) : countyUnits[countyName]) : null;
        var units = co is null ? new[] { lead } : [lead, co];
        var deadline = SuggestionRules.Deadline(assignOn, item.IsComplex);
        Assign(item, units, assignOn, deadline);
        item.FirstAssignedOn = assignOn;
        item.FirstDeadline = deadline;
        Step(item, SuggestionAction.Assign, assignOn, SuggestionState.Assigned,
            $"交办{lead.Name}主办{(co is null ? "" : $"，{co.Name}协办")}，办理期限{ChineseDate.Format(deadline)}", lead.Id);
        if (random.Next(100) < 10)
        {
            item.IsKeyItem = true;
            item.Supervisor = $"{township.Name}人大主席";
            Event(item, SuggestionAction.Supervise, item.State, assignOn.AddDays(1), $"列为重点督办，督办人：{item.Supervisor}");
        }
        var started = assignOn.AddDays(random.Next(1, 6));
        if (started <= today && random.Next(100) < 80) Step(item, SuggestionAction.Start, started, SuggestionState.Handling, "承办单位签收，开始办理", lead.Id, ByUnit(lead));

        // This year a few stay unanswered (overdue once the deadline passes); a tenth are answered late.
        if (item.Year == today.Year && random.Next(100) < 14) return;
        var answerOn = random.Next(100) < 10 ? deadline.AddDays(random.Next(1, 25)) : assignOn.AddDays(random.Next(20, 85));
        if (!Answer(item, lead, co, answerOn, Pick())) return;
        var feedbackOn = answerOn.AddDays(random.Next(5, 18));
        if (feedbackOn > today) return;
        var satisfaction = random.Next(100) switch { < 64 => Satisfaction.Satisfied, < 92 => Satisfaction.BasicallySatisfied, _ => Satisfaction.Dissatisfied };
        Feedback(item, feedbackOn, satisfaction);
        if (satisfaction == Satisfaction.Dissatisfied)
        {
            // One re-handling, answered within a month of the re-assignment.
            item.Round = 2;
            Assign(item, units, feedbackOn, SuggestionRules.RehandlingDeadline(feedbackOn));
            item.State = SuggestionState.Assigned;
            var again = feedbackOn.AddDays(random.Next(8, 28));
            if (!Answer(item, lead, co, again, random.Next(2) == 0 ? AnswerClass.A : AnswerClass.B)) return;
            feedbackOn = again.AddDays(random.Next(3, 10));
            if (feedbackOn > today) return;
            Feedback(item, feedbackOn, random.Next(100) < 85 ? Satisfaction.BasicallySatisfied : Satisfaction.Dissatisfied);
        }
        var closeOn = feedbackOn.AddDays(random.Next(7, 30));
        if (closeOn > today || random.Next(100) < 12) return;
        var implementation = item.AnswerClass switch
        {
            AnswerClass.A => random.Next(100) < 90 ? Implementation.Implemented : Implementation.PartlyImplemented,
            AnswerClass.B => random.Next(100) < 35 ? Implementation.Implemented : Implementation.PartlyImplemented,
            _ => Implementation.NotImplemented,
        };
        item.Implementation = implementation;
        item.ClosedOn = closeOn;
        Step(item, SuggestionAction.Close, closeOn, SuggestionState.Closed, $"办结，{SuggestionLabels.Of(implementation)}");
    }

    private AnswerClass Pick() => random.Next(100) switch { < 45 => AnswerClass.A, < 85 => AnswerClass.B, _ => AnswerClass.C };

    private void Assign(Suggestion item, HandlingUnit[] units, DateOnly on, DateOnly deadline)
    {
        var ofItem = _assignments.TryGetValue(item.Id, out var list) ? list : _assignments[item.Id] = [];
        foreach (var a in ofItem.Where(a => a.EndedOn == null)) a.EndedOn = on;
        for (var n = 0; n < units.Length; n++)
        {
            var assignment = new SuggestionAssignment
            {
                TownshipId = township.Id, SuggestionId = item.Id, UnitId = units[n].Id, IsLead = n == 0, Round = item.Round,
                AssignedOn = on, Deadline = deadline,
            };
            ofItem.Add(assignment);
            db.SuggestionAssignments.Add(assignment);
        }
        item.LeadUnitId = units[0].Id;
        item.AssignedOn = on;
        item.Deadline = deadline;
    }

    private bool Answer(Suggestion item, HandlingUnit lead, HandlingUnit? co, DateOnly on, AnswerClass answerClass)
    {
        if (on > today) return false;
        if (co is not null)
        {
            var coOn = Min(on.AddDays(-random.Next(1, 6)), today);
            db.Add(new SuggestionAnswer
            {
                TownshipId = township.Id, SuggestionId = item.Id, UnitId = co.Id, Round = item.Round, AnsweredOn = coOn,
                Text = "我单位同意主办单位的办理意见，将在职责范围内积极配合。", EnteredBySecretary = !unitLogins.ContainsKey(co.Id),
            });
            Event(item, SuggestionAction.CoUnitOpinion, item.State, coOn, $"{co.Name}提出协办意见", co.Id, ByUnit(co));
        }
        var text = Answers[(int)answerClass].Replace("{d}", ChineseDate.Format(on)).Replace("{y}", (on.Year + 1).ToString());
        db.Add(new SuggestionAnswer
        {
            TownshipId = township.Id, SuggestionId = item.Id, UnitId = lead.Id, IsLeadAnswer = true, Round = item.Round, AnsweredOn = on,
            Class = answerClass, Text = text, EnteredBySecretary = !unitLogins.ContainsKey(lead.Id),
        });
        item.AnsweredOn = on;
        if (item.Round == 1) item.FirstAnsweredOn = on;
        item.AnswerClass = answerClass;
        var late = on > item.Deadline ? "（逾期）" : "";
        Step(item, SuggestionAction.Answer, on, SuggestionState.Answered, $"{lead.Name}答复，{SuggestionLabels.Short(answerClass)}{late}", lead.Id, ByUnit(lead));
        return true;
    }

    private void Feedback(Suggestion item, DateOnly on, Satisfaction satisfaction)
    {
        db.Add(new SuggestionFeedback
        {
            TownshipId = township.Id, SuggestionId = item.Id, DeputyId = item.LeadDeputyId, DeputyName = item.LeadDeputyName, IsLead = true,
            Round = item.Round, RecordedOn = on, Satisfaction = satisfaction,
            // 不满意 always says why (the service requires it).
            Comment = satisfaction == Satisfaction.Dissatisfied ? "答复未说明资金来源和完成时间，希望明确时限。" : "",
        });
        item.LeadSatisfaction = satisfaction;
        var rehandle = satisfaction == Satisfaction.Dissatisfied && item.Round == 1;
        Step(item, SuggestionAction.Feedback, on, rehandle ? SuggestionState.Assigned : SuggestionState.Evaluated,
            $"{item.LeadDeputyName}（领衔）：{SuggestionLabels.Of(satisfaction)}" + (rehandle ? $"，退回重新办理，期限{ChineseDate.Format(SuggestionRules.RehandlingDeadline(on))}" : ""));
    }

    private string ByUnit(HandlingUnit unit) => unitLogins.GetValueOrDefault(unit.Id, Secretary);

    private bool Step(Suggestion item, SuggestionAction action, DateOnly on, SuggestionState to, string summary, Guid? unitId = null, string? user = null)
    {
        if (on > today) return false;
        var from = item.State;
        item.State = to;
        Event(item, action, from, on, summary, unitId, user);
        return true;
    }

    private void Event(Suggestion item, SuggestionAction action, SuggestionState from, DateOnly on, string summary, Guid? unitId = null, string? user = null) =>
        db.Add(new SuggestionEvent
        {
            TownshipId = township.Id, SuggestionId = item.Id, Action = action, FromState = from, ToState = item.State, OnDate = on,
            // 09:00 China time on the day, plus a little so the timeline keeps the order of steps on one day.
            AtUtc = DateTime.SpecifyKind(on.ToDateTime(new TimeOnly(1, 0)).AddSeconds(++_eventCount % 3600), DateTimeKind.Utc),
            UserName = user ?? Secretary, UnitId = unitId, Summary = summary,
        });

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
