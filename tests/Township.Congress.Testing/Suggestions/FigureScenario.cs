using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Testing.Suggestions;

/// <summary>What the scenario needs from its world: a township with three deputies, two units and a category.</summary>
public sealed record FigureSetup(
    Func<TownshipScope, CongressDbContext> Context, FixedClock Clock, TownshipScope Secretary, Guid TownshipId,
    IReadOnlyList<Guid> Deputies, Guid RoadsUnitId, Guid WaterUnitId, Guid CategoryId);

/// <summary>
/// A year of items with every end state the figures distinguish, built through the service with a
/// moving clock, and the figures it must give (worked out by hand from the definitions in
/// docs/suggestion-figures.md). The model test, the ledger test and the API test all use it.
/// <code>
///        assigned  answered      feedback                     end (2026-06-01)
///  A     01-05     02-02 on time 满意                          closed, 已落实
///  B     01-05     02-02 on time 基本满意                      closed, 部分落实
///  C     01-05     02-02 on time 不满意 → re-handled, 满意      evaluated (key item, co-unit water)
///  D     01-05     04-20 late    不满意 → re-handled           round 2 overdue (deadline 05-21)
///  E     01-05     —             —                            overdue (deadline 04-05)
///  F     —                                                    submitted
///  G     —         (presidium motion)                         not accepted, no category
///  H     01-05 roads, returned 01-07, 01-08 water; 04-01 on time (deadline 04-08)   answered
///  R1-R3 merged into M on 01-05; M assigned water 01-20, answered 02-02 on time    answered
/// </code>
/// </summary>
public static class FigureScenario
{
    public static readonly DateOnly End = new(2026, 6, 1);

    public sealed record Items(Guid A, Guid B, Guid C, Guid D, Guid E, Guid F, Guid G, Guid H, Guid M, Guid[] Raw);

    public static async Task<Items> RunAsync(FigureSetup s)
    {
        async Task<Suggestion> Create(string title, bool presidiumMotion = false)
        {
            await using var db = s.Context(s.Secretary);
            var input = new SuggestionInput
            {
                Title = title, Text = $"{title}：群众反映强烈，请有关单位研究解决。", CategoryId = s.CategoryId,
                LeadDeputyId = s.Deputies[0], CoSignerIds = [s.Deputies[1], s.Deputies[2]], SubmittedOn = s.Clock.Today,
            };
            if (presidiumMotion)
            {
                input = new SuggestionInput
                {
                    Kind = SuggestionKind.Motion, FromPresidium = true, Title = title, Text = "主席团提出的议案。", SubmittedOn = s.Clock.Today,
                };
            }
            return await new SuggestionService(db, WorkCalendar.WeekendsOnly).CreateAsync(s.TownshipId, input);
        }
        async Task Step(Guid id, TransitionInput step)
        {
            await using var db = s.Context(s.Secretary);
            await new SuggestionService(db, WorkCalendar.WeekendsOnly).TransitionAsync(id, step);
        }
        Task Assign(Guid id, Guid unit, params Guid[] co) => Step(id, new TransitionInput { Action = SuggestionAction.Assign, UnitId = unit, CoUnitIds = [.. co] });
        Task Answer(Guid id, AnswerClass c) => Step(id, new TransitionInput { Action = SuggestionAction.Answer, AnswerClass = c, Text = "经研究，答复如下。" });
        Task Feedback(Guid id, Satisfaction v) => Step(id, new TransitionInput
        {
            Action = SuggestionAction.Feedback, Satisfaction = v, Comment = v == Satisfaction.Dissatisfied ? "答复未说明资金来源和完成时间" : "",
        });
        Task Close(Guid id, Implementation i) => Step(id, new TransitionInput { Action = SuggestionAction.Close, Implementation = i });

        s.Clock.Today = new DateOnly(2026, 1, 5); // a Monday
        var a = await Create("关于硬化新民村三组道路的建议");
        var b = await Create("关于维修村小学围墙的建议");
        var c = await Create("关于修建红星桥的建议");
        var d = await Create("关于增设公交站点的建议");
        var e = await Create("关于整治集镇环境卫生的建议");
        var r1 = await Create("关于清理沟渠的建议");
        var r2 = await Create("关于疏浚排洪沟的建议");
        var r3 = await Create("关于修复灌溉渠的建议");
        var f = await Create("关于增加路灯的建议");
        var g = await Create("关于设立农业发展基金的议案", presidiumMotion: true);
        var h = await Create("关于加固河堤的建议");
        foreach (var id in new[] { a.Id, b.Id, d.Id, e.Id, h.Id }) await Assign(id, s.RoadsUnitId);
        await Assign(c.Id, s.RoadsUnitId, s.WaterUnitId);
        Suggestion m;
        await using (var db = s.Context(s.Secretary))
        {
            m = await new SuggestionService(db, WorkCalendar.WeekendsOnly).MergeAsync(s.TownshipId,
                new MergeInput { SourceIds = [r1.Id, r2.Id, r3.Id], Title = "关于整治农田水利沟渠的建议", Text = "三件建议均反映沟渠淤塞，并案办理。" });
        }
        await Step(g.Id, new TransitionInput { Action = SuggestionAction.Reject, Comment = "不属于本级人大职权范围" });

        s.Clock.Today = new DateOnly(2026, 1, 6);
        await Step(c.Id, new TransitionInput { Action = SuggestionAction.Supervise, Supervisor = "人大主席" });
        s.Clock.Today = new DateOnly(2026, 1, 7);
        await Step(h.Id, new TransitionInput { Action = SuggestionAction.Return, Comment = "属县水利局职责" });
        s.Clock.Today = new DateOnly(2026, 1, 8);
        await Assign(h.Id, s.WaterUnitId);
        s.Clock.Today = new DateOnly(2026, 1, 20);
        await Assign(m.Id, s.WaterUnitId);

        s.Clock.Today = new DateOnly(2026, 2, 2);
        await Answer(a.Id, AnswerClass.A);
        await Answer(b.Id, AnswerClass.B);
        await Answer(c.Id, AnswerClass.B);
        await Answer(m.Id, AnswerClass.B);
        s.Clock.Today = new DateOnly(2026, 2, 10);
        await Feedback(a.Id, Satisfaction.Satisfied);
        await Feedback(b.Id, Satisfaction.BasicallySatisfied);
        await Feedback(c.Id, Satisfaction.Dissatisfied); // round 2, answer due 2026-03-10
        s.Clock.Today = new DateOnly(2026, 2, 20);
        await Close(a.Id, Implementation.Implemented);
        await Close(b.Id, Implementation.PartlyImplemented);
        await Answer(c.Id, AnswerClass.A);
        s.Clock.Today = new DateOnly(2026, 2, 25);
        await Feedback(c.Id, Satisfaction.Satisfied);
        s.Clock.Today = new DateOnly(2026, 4, 1);
        await Answer(h.Id, AnswerClass.C);
        s.Clock.Today = new DateOnly(2026, 4, 20);
        await Answer(d.Id, AnswerClass.B); // deadline was 2026-04-05
        s.Clock.Today = new DateOnly(2026, 4, 21);
        await Feedback(d.Id, Satisfaction.Dissatisfied); // round 2, answer due 2026-05-21: never comes

        s.Clock.Today = End;
        return new Items(a.Id, b.Id, c.Id, d.Id, e.Id, f.Id, g.Id, h.Id, m.Id, [r1.Id, r2.Id, r3.Id]);
    }

    /// <summary>The township's 2026 figures on <see cref="End"/> (or any later day: nothing moves after it).</summary>
    public static void AssertTotals(SuggestionFigures f)
    {
        Assert.Equal(11, f.RawReceived);     // A–H and R1–R3: every item that is not itself a merged item
        Assert.Equal(9, f.Received);         // A–H and M: merged sources count once, through M
        Assert.Equal(1, f.MergedItems);
        Assert.Equal(7, f.Assigned);         // A B C D E H M
        Assert.Equal(6, f.Answered);         // all but E
        Assert.Equal(5, f.AnsweredOnTime);   // A B C H M; D was late
        Assert.Equal(4, f.WithFeedback);     // A B C D (D's latest is 不满意)
        Assert.Equal(3, f.Satisfied);        // A 满意, B 基本满意, C 满意 after re-handling
        Assert.Equal(2, f.Closed);
        Assert.Equal(1, f.Implemented);
        Assert.Equal(1, f.PartlyImplemented);
        Assert.Equal(2, f.Overdue);          // E (round 1) and D (round 2)

        AssertRate(f.AnswerRate, 6, 7, 85.7m, "85.7%");
        AssertRate(f.OnTimeRate, 5, 7, 71.4m, "71.4%");
        AssertRate(f.SatisfactionRate, 3, 4, 75.0m, "75.0%");
        AssertRate(f.ClosureRate, 2, 7, 28.6m, "28.6%");
        AssertRate(f.ImplementationRate, 1, 2, 50.0m, "50.0%");

        // The answer classes of the answered items, by their latest answer: C was answered B, re-handled and answered A.
        Assert.Equal((2, 3, 1), (f.AnsweredClassA, f.AnsweredClassB, f.AnsweredClassC)); // A C | B D M | H
        AssertRate(f.ClassAShare, 2, 6, 33.3m, "33.3%");
        AssertRate(f.ClassBShare, 3, 6, 50.0m, "50.0%");
        AssertRate(f.ClassCShare, 1, 6, 16.7m, "16.7%");
    }

    public static void AssertRate(Rate rate, int numerator, int denominator, decimal? percent, string text)
    {
        Assert.Equal((numerator, denominator, percent, text), (rate.Numerator, rate.Denominator, rate.Percent, rate.Text));
    }

    /// <summary>Units by their current lead items: water (H, M) all on time ranks before roads (A–E).</summary>
    public static void AssertUnits(IReadOnlyList<FigureGroup> units, Guid roads, Guid water)
    {
        Assert.Equal([(water, 1), (roads, 2)], units.Select(u => (u.Key!.Value, u.Rank!.Value)));
        var w = units[0].Figures;
        Assert.Equal((2, 2, 2, 2, 0, 0), (w.Received, w.Assigned, w.Answered, w.AnsweredOnTime, w.WithFeedback, w.Overdue));
        AssertRate(w.OnTimeRate, 2, 2, 100.0m, "100.0%");
        AssertRate(w.SatisfactionRate, 0, 0, null, "—");
        var r = units[1].Figures;
        Assert.Equal((5, 5, 4, 3, 4, 3, 2, 2), (r.Received, r.Assigned, r.Answered, r.AnsweredOnTime, r.WithFeedback, r.Satisfied, r.Closed, r.Overdue));
        AssertRate(r.OnTimeRate, 3, 5, 60.0m, "60.0%");
        AssertRate(r.AnswerRate, 4, 5, 80.0m, "80.0%");
    }

    /// <summary>G has no category: it is the 未分类 group; everything else is in the one category.</summary>
    public static void AssertCategories(IReadOnlyList<FigureGroup> categories, Guid category)
    {
        Assert.Equal(new (Guid?, int)[] { (category, 8), (null, 1) }, categories.Select(c => (c.Key, c.Figures.Received)));
        Assert.Equal("未分类", categories[1].Name);
        Assert.Equal(10, categories[0].Figures.RawReceived);
        Assert.Equal(7, categories[0].Figures.Assigned);
    }
}
