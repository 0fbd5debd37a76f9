using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Reports.Fonts;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Features.Sessions;
using UglyToad.PdfPig;

namespace Township.Congress.Web.Tests.Features.Sessions;

/// <summary>The session's prints as a secretary would sign and file them, read back from the PDFs.</summary>
public class SessionPrintsTests
{
    private static readonly SessionPrints Prints = new(new FontOptions());

    /// <summary>The PDF's text without spaces; with REPORTS_SAMPLES_DIR set, the PDF is also kept there to be looked at.</summary>
    internal static string Text(byte[] pdf, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        if (Environment.GetEnvironmentVariable("REPORTS_SAMPLES_DIR") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, $"{name}-{pdf.Length}.pdf"), pdf);
        }

        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MinutesOfASessionNeverHeldAreRefusedWithTheReason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, _) = await SessionWithRoll.CreateAsync(db, database, county, present: 8);

        var refused = await Assert.ThrowsAsync<DocumentNotAvailableException>(() => Prints.MinutesAsync(db, session.Id));
        Assert.Contains("会议尚未举行", refused.Message);

        await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));
        var text = Text(await Prints.MinutesAsync(db, session.Id));
        Assert.Contains("出席会议8名", text);
    }

    /// <summary>Once printed "2026年12月1日至2025年3月9日，会期-631天": the planned end was read with the actual start.</summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MinutesOfASessionOpenedAfterItsPlannedEndGiveTheActualDatesAndAPositiveLength(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, _) = await SessionWithRoll.CreateAsync(db, database, county, present: 8);
        var opened = SessionWithRoll.SessionDay.AddDays(30); // planned 2025-03-08..09, opened 2025-04-07
        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true, ActualStart: opened));

        // In session: from the day it opened, as long as planned (the planned end has passed).
        var details = await db.SessionDetailsAsync(session.Id);
        Assert.Equal(2, details.LengthDays);
        var text = Text(await Prints.MinutesAsync(db, session.Id));
        Assert.Contains("2025年4月7日至8日，会期2天", text);
        Assert.DoesNotContain("会期-", text);
        Assert.DoesNotContain("3月9日", text);

        // Closed: actual start to actual close.
        await service.CloseAsync(session.Id, session.Version, opened.AddDays(2));
        text = Text(await Prints.MinutesAsync(db, session.Id));
        Assert.Contains("2025年4月7日至9日，会期3天", text);
        Assert.Equal(3, (await db.SessionDetailsAsync(session.Id)).LengthDays);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignInSheetOfAPlannedSessionListsTheDeputiesInOfficeWithASittingColumnPerHalfDay(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var service = new SessionService(db);
        // No roll prepared: the sheet is printed before anyone is called.
        var session = await service.CreateAsync(county.One.Id, new SessionInput
        {
            PlannedStart = SessionWithRoll.SessionDay, PlannedEnd = SessionWithRoll.SessionDay.AddDays(1), Venue = "镇政府大会议室", HalfDays = true,
        });
        var details = await db.SessionDetailsAsync(session.Id);
        Assert.Empty(details.Roll);

        var roll = await db.SignInEntriesAsync(details);
        Assert.Contains(roll, r => r.Name == county.DeputyOfOne.Name);
        var model = SessionPrints.SignInSheetModel(details, roll);
        Assert.Equal(["3月8日上午", "3月8日下午", "3月9日上午", "3月9日下午"], model.Sittings);

        var text = Text(await Prints.SignInSheetAsync(db, session.Id));
        Assert.Contains(county.DeputyOfOne.Name, text);
        Assert.Contains($"应到代表{roll.Count}名", text);
        Assert.Contains("签名3月8日上午", text);
        Assert.Contains("签名3月9日下午", text);
        Assert.Contains("备注", text);
        Assert.Contains("合计", text);
        Assert.Contains("统计人", text);
        Assert.Contains("实到＿", text);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MinutesNameThePresidingAndRecordingAndTellEachElectionsTally(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, _) = await SessionWithRoll.CreateAsync(db, database, county, present: 8);
        session = await service.UpdateAsync(session.Id, new SessionInput
        {
            PlannedStart = session.PlannedStart, PlannedEnd = session.PlannedEnd, Venue = session.Venue,
            PresidedBy = "大会执行主席张建国", RecordedBy = "刘海燕",
        }, session.Version);
        var election = await service.PrepareElectionAsync(session.Id, new PreparedElectionInput(ElectionOffice.DeputyHead, 2,
            [new NomineeInput("王德明"), new NomineeInput("李秀英"), new NomineeInput("张建国")], "副镇长"));
        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));
        var votes = election.Candidates.OrderBy(c => c.Order).Select((c, i) => (c.Id, Votes: new[] { 7, 2, 6 }[i])).ToDictionary(x => x.Id, x => x.Votes);
        election = await service.RecordElectionResultsAsync(election.Id, new ElectionResultsInput(8, votes), election.Version);

        // The counts must add up: returned ≤ issued, valid + invalid = returned, returned = the ballots recorded.
        var bad = await Assert.ThrowsAsync<DomainValidationException>(() => service.SetElectionTallyAsync(election.Id,
            new ElectionTallyInput("赵一", "钱二", BallotsIssued: 7, BallotsReturned: 8, BallotsValid: 7, BallotsInvalid: 0), election.Version));
        Assert.Contains("多于发出的 7 张", bad.Message);
        Assert.Contains("应等于收回选票 8 张", bad.Message);
        var partial = await Assert.ThrowsAsync<DomainValidationException>(() => service.SetElectionTallyAsync(election.Id,
            new ElectionTallyInput("赵一", "钱二", BallotsIssued: 8), election.Version));
        Assert.Contains("一并填写", partial.Message);
        await service.SetElectionTallyAsync(election.Id, new ElectionTallyInput("赵一、孙三", "钱二", 8, 8, 7, 1), election.Version);

        await using var check = database.Context(county.SecretaryOfOne);
        var details = await check.SessionDetailsAsync(session.Id);
        var entry = Assert.Single(details.Elections);
        Assert.Equal(("赵一、孙三", "钱二", 8, 7, 1, ElectionCompetition.Competitive),
            (entry.Scrutineers, entry.Counters, entry.BallotsIssued, entry.BallotsValid, entry.BallotsInvalid, entry.Competition));
        var text = Text(await Prints.MinutesAsync(check, session.Id));
        Assert.Contains("主持人：大会执行主席张建国。", text);
        Assert.Contains("记录人：刘海燕。", text);
        Assert.Contains("副镇长选举为差额选举，候选人3名，应选2名；发出选票8张，收回8张，其中有效票7张，无效票1张；监票人：赵一、孙三；计票人：钱二。", text);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BallotsStateTheirOrderAndValidityRuleWithAWriteInRowPerSeat(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, _) = await SessionWithRoll.CreateAsync(db, database, county, present: 8);
        await service.PrepareElectionAsync(session.Id, new PreparedElectionInput(ElectionOffice.DeputyHead, 2,
            [new NomineeInput("张建国"), new NomineeInput("王德明"), new NomineeInput("陈立")], "副镇长"));
        var details = await db.SessionDetailsAsync(session.Id);

        var ballot = SessionPrints.ElectionBallot(details, Assert.Single(details.Elections));
        Assert.Equal(["王德明", "陈立", "张建国"], ballot.Candidates); // 姓氏笔画: 王 4, then 陈 and 张 7 (chen before zhang), not as entered
        // The roster's 按姓氏笔画 (the deputies' stored stroke key) gives the same order.
        Assert.Equal(ballot.Candidates, ballot.Candidates.OrderBy(n => new Township.Congress.Deputies.Deputy { Name = n }.NameStrokeKey, StringComparer.Ordinal));
        Assert.Equal(2, ballot.WriteInSlots);
        Assert.Contains("差额选举", ballot.SeatsText);

        var text = Text(await Prints.BallotsAsync(db, session.Id));
        Assert.Contains("候选人按姓氏笔画排序。", text);
        Assert.Contains("所选人数多于应选人数的无效。", text);
        Assert.Equal(2, text.Split("另选人：").Length - 1);
        Assert.True(text.IndexOf("王德明", StringComparison.Ordinal) < text.IndexOf("陈立", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LivelihoodBallotNamesTheYearEachProjectsUnitAndBudgetAndHowManyMayBeChosen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, _) = await SessionWithRoll.CreateAsync(db, database, county, present: 8);
        await service.AddLivelihoodCandidateAsync(session.Id, new LivelihoodCandidateInput("村道硬化工程", OwnerUnit: "镇交通办", EstimatedBudget: 120m));
        await service.AddLivelihoodCandidateAsync(session.Id, new LivelihoodCandidateInput("卫生院改造", OwnerUnit: "镇卫生院", EstimatedBudget: 85.5m));
        await service.SetLivelihoodSeatsAsync(session.Id, 1, session.Version);

        var text = Text(await Prints.BallotsAsync(db, session.Id));
        Assert.Contains($"{county.One.Name}民生实事项目票决票", text);
        Assert.Contains("2025年度民生实事项目候选项目2项，最多确定1项", text.Replace("　", "", StringComparison.Ordinal));
        Assert.Contains("（应选1项）", text);
        Assert.Contains("责任单位：镇交通办；估算投资：120万元", text);
        Assert.Contains("估算投资：85.5万元", text);
        Assert.Contains("本次最多确定1个项目", text);
    }

    /// <summary>Above eight projects the unit and budget lines were dropped to keep one sheet; now the ballot flows on.</summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ALivelihoodBallotOfTenProjectsNamesEachOnesUnitAndBudgetAndRepeatsTheHeaderOnTheNextPage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, _) = await SessionWithRoll.CreateAsync(db, database, county, present: 8);
        for (var i = 1; i <= 10; i++)
            await service.AddLivelihoodCandidateAsync(session.Id, new LivelihoodCandidateInput($"第{i}号民生项目", OwnerUnit: $"镇第{i}办公室", EstimatedBudget: 10m * i + 0.5m));

        var pdf = await Prints.BallotsAsync(db, session.Id);
        var text = Text(pdf);
        for (var i = 1; i <= 10; i++)
            Assert.Contains($"第{i}号民生项目", text);
        for (var i = 1; i <= 10; i++)
            Assert.Contains($"责任单位：镇第{i}办公室；估算投资：{10 * i}.5万元", text);

        // The projects continue on a second page under the table's header again, then the instructions.
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => p.Text.Replace(" ", "", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        Assert.All(pages, p => Assert.Contains("候选项目", p));
        Assert.All(pages, p => Assert.Contains("赞成反对弃权", p));
        Assert.Contains("不划或多划的，视为弃权", pages[^1]);
    }
}
