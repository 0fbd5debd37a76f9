using Township.Congress.Appraisals;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Rectifications;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Appraisals;

public class AppraisalServiceTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static AppraisalInput Input(string title = "2026年度站所工作评议") =>
        new() { Year = 2026, Title = title, Plan = "听取汇报、视察、测评", StartsOn = new(2026, 9, 1), EndsOn = new(2026, 11, 30) };

    /// <summary>Three county units, the township's own office, and another township's own office.</summary>
    private static async Task<(HandlingUnit[] County, HandlingUnit Own, HandlingUnit Others)> UnitsAsync(TestDatabase database, SmallCounty county)
    {
        await using var db = database.System();
        var units = new[] { "县供电公司", "县公安局派出所", "县自然资源局国土所" }
            .Select((n, i) => new HandlingUnit { CountyId = county.County.Id, Name = n, SortOrder = i }).ToArray();
        var own = new HandlingUnit { CountyId = county.County.Id, TownshipId = county.One.Id, Name = "一号镇农业服务中心" };
        var others = new HandlingUnit { CountyId = county.County.Id, TownshipId = county.Two.Id, Name = "二号乡农业服务中心" };
        db.AddRange(units);
        db.AddRange(own, others);
        await db.SaveChangesAsync();
        return (units, own, others);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ResultsFromPerDeputySheetsEqualResultsFromTheSameCounts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var (units, _, _) = await UnitsAsync(database, county);
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var service = new AppraisalService(db);
        var deputies = db.Deputies.Where(d => d.TownshipId == county.One.Id).OrderBy(d => d.Name).Select(d => d.Id).ToList();

        async Task<AppraisalDetails> AppraiseAsync(string title, Func<Appraisal, List<AppraisalSubject>, Task> count)
        {
            var a = await service.CreateAsync(county.One.Id, Input(title));
            var subjects = new List<AppraisalSubject>();
            foreach (var u in units) subjects.Add(await service.AddSubjectAsync(a.Id, new(AppraisalSubjectKind.Unit, u.Id, null, null), a.Version));
            await count(a, subjects);
            return await db.AppraisalDetailsAsync(a.Id);
        }

        var grades = new[,]
        {
            { SatisfactionGrade.Satisfied, SatisfactionGrade.BasicallySatisfied, SatisfactionGrade.Unsatisfied },
            { SatisfactionGrade.Satisfied, SatisfactionGrade.Satisfied, SatisfactionGrade.Unsatisfied },
            { SatisfactionGrade.BasicallySatisfied, SatisfactionGrade.Satisfied, SatisfactionGrade.BasicallySatisfied },
        };
        var fromSheets = await AppraiseAsync("逐张录入", async (a, subjects) =>
        {
            for (var d = 0; d < 3; d++)
                await service.EnterSheetAsync(a.Id, new(deputies[d], [.. subjects.Select((s, i) => new SheetMark(s.Id, grades[d, i]))]), a.Version);
            // A deputy's sheet counts once.
            var twice = await Assert.ThrowsAsync<DomainValidationException>(() =>
                service.EnterSheetAsync(a.Id, new(deputies[0], [new(subjects[0].Id, SatisfactionGrade.Satisfied)]), a.Version));
            Assert.Equal("DeputyId", Assert.Single(twice.Errors).Field);
        });
        var fromCounts = await AppraiseAsync("按票数录入", (a, subjects) => service.SetCountsAsync(a.Id,
            [new(subjects[0].Id, 2, 1, 0), new(subjects[1].Id, 2, 1, 0), new(subjects[2].Id, 0, 1, 2)], a.Version));

        Assert.True(fromSheets.CountedFromSheets);
        Assert.Equal(AppraisalState.InProgress, fromSheets.State);
        static object Shape(AppraisalDetails d) => string.Join("|", d.Results.Select(r => $"{r.Name}:{r.Satisfied}/{r.BasicallySatisfied}/{r.Unsatisfied}:{r.Grade}:{r.Rank}"));
        Assert.Equal(Shape(fromCounts), Shape(fromSheets));
        Assert.Equal([1, 1, 3], fromSheets.Results.Select(r => r.Rank));
        Assert.Equal(SatisfactionGrade.Unsatisfied, fromSheets.Results[2].Grade);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnUnsatisfiedSubjectGetsARectificationOrderWithItsDeadlineOnceThePublishedResultSaysSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var (units, own, _) = await UnitsAsync(database, county);
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var service = new AppraisalService(db);
        var a = await service.CreateAsync(county.One.Id, Input());
        var good = await service.AddSubjectAsync(a.Id, new(AppraisalSubjectKind.Unit, units[0].Id, null, null), a.Version);
        var bad = await service.AddSubjectAsync(a.Id, new(AppraisalSubjectKind.Unit, own.Id, null, null), a.Version);
        var official = await service.AddSubjectAsync(a.Id, new(AppraisalSubjectKind.Official, null, "刘志强", "副镇长"), a.Version);
        await service.SetCountsAsync(a.Id, [new(good.Id, 3, 0, 0), new(bad.Id, 1, 0, 2), new(official.Id, 1, 1, 1)], a.Version);

        var early = await Assert.ThrowsAsync<DomainValidationException>(() => service.OrderRectificationsAsync(a.Id, Today.AddDays(30), a.Version));
        Assert.Equal("State", early.Errors[0].Field);
        await service.ChangeStateAsync(a.Id, AppraisalState.Published, new(2026, 11, 30), a.Version);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.OrderRectificationsAsync(a.Id, new(2026, 11, 30), a.Version));
        var order = Assert.Single(await service.OrderRectificationsAsync(a.Id, new(2027, 2, 28), a.Version));
        Assert.Empty(await service.OrderRectificationsAsync(a.Id, new(2027, 2, 28), a.Version)); // once per subject

        Assert.Equal((RectificationSource.Appraisal, a.Id, own.Id, "一号镇农业服务中心", new DateOnly(2027, 2, 28)),
            (order.Source, order.SourceId, order.OwnerUnitId, order.OwnerUnitName, order.Deadline));
        var details = await db.AppraisalDetailsAsync(a.Id);
        Assert.Equal(order.Id, details.Subjects.Single(s => s.Id == bad.Id).RectificationItemId);
        Assert.Equal(order.Id, Assert.Single(details.Rectifications).Id);
        Assert.Equal("刘志强（副镇长）", details.Results.Single(r => r.SubjectId == official.Id).Name);
        // Followed up like any rectification item.
        await new RectificationService(db).CompleteAsync(order.Id, "已整改到位", Today, order.Version);
        Assert.NotNull((await db.AppraisalDetailsAsync(a.Id)).Rectifications[0].CompletedOn);
        // The published counts stay as published.
        await Assert.ThrowsAsync<DomainValidationException>(() => service.SetCountsAsync(a.Id, [new(good.Id, 2, 0, 0)], a.Version));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CountsAndSubjectsAreCheckedWithChineseMessages(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var (units, _, others) = await UnitsAsync(database, county);
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var service = new AppraisalService(db);

        var invalid = await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(county.One.Id,
            new AppraisalInput { Year = 2026, Title = " ", StartsOn = new(2025, 12, 1), EndsOn = new(2025, 11, 1) }));
        Assert.Equal(["Title", "StartsOn", "EndsOn"], invalid.Errors.Select(e => e.Field));
        Assert.Equal("请填写评议名称。", invalid.Errors[0].Message);

        var a = await service.CreateAsync(county.One.Id, Input());
        var unit = await service.AddSubjectAsync(a.Id, new(AppraisalSubjectKind.Unit, units[0].Id, null, null), a.Version);
        var foreign = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.AddSubjectAsync(a.Id, new(AppraisalSubjectKind.Unit, others.Id, null, null), a.Version));
        Assert.Equal("被评议单位不存在，或是其他乡镇的单位。", foreign.Errors[0].Message);
        var twice = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.AddSubjectAsync(a.Id, new(AppraisalSubjectKind.Unit, units[0].Id, null, null), a.Version));
        Assert.Equal("“县供电公司”已在评议对象中。", twice.Errors[0].Message);
        var nameless = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.AddSubjectAsync(a.Id, new(AppraisalSubjectKind.Official, null, "", ""), a.Version));
        Assert.Equal(["Name", "Post"], nameless.Errors.Select(e => e.Field));

        var negative = await Assert.ThrowsAsync<DomainValidationException>(() => service.SetCountsAsync(a.Id, [new(unit.Id, -1, 0, 0)], a.Version));
        Assert.Equal("“县供电公司”的票数不能为负数。", negative.Errors[0].Message);
        var tooMany = await Assert.ThrowsAsync<DomainValidationException>(() => service.SetCountsAsync(a.Id, [new(unit.Id, 2, 1, 1)], a.Version));
        Assert.Equal("“县供电公司”的票数合计4票，超过在任代表人数3人。", tooMany.Errors[0].Message);
        var unpublishable = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.ChangeStateAsync(a.Id, AppraisalState.Published, Today, a.Version));
        Assert.Contains(unpublishable.Errors, e => e.Message == "每个评议对象都有票数后才能公布结果（“县供电公司”尚无票数）。");

        await service.SetCountsAsync(a.Id, [new(unit.Id, 2, 1, 0)], a.Version);
        var sheetAfterCounts = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.EnterSheetAsync(a.Id, new(county.DeputyOfOne.Id, [new(unit.Id, SatisfactionGrade.Satisfied)]), a.Version));
        Assert.Equal(Township.Congress.Resources.ModelText.Appraisal_SheetsAfterCounts, sheetAfterCounts.Errors[0].Message);
        await service.SetCountsAsync(a.Id, [new(unit.Id, 0, 0, 0)], a.Version);
        var otherDeputy = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.EnterSheetAsync(a.Id, new(county.DeputyOfTwo.Id, [new(unit.Id, SatisfactionGrade.Satisfied)]), a.Version));
        Assert.Equal("DeputyId", otherDeputy.Errors[0].Field);

        var stale = a.Version - 1;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.SetCountsAsync(a.Id, [new(unit.Id, 1, 0, 0)], stale));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnAppraisalStaysInItsTownshipAndCountyViewersOnlyRead(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        Guid id;
        await using (var db = database.Context(county.SecretaryOfOne, new FixedClock(Today)))
            id = (await new AppraisalService(db).CreateAsync(county.One.Id, Input())).Id;
        await using (var db = database.Context(county.SecretaryOfTwo, new FixedClock(Today)))
        {
            Assert.Empty((await db.SearchAppraisalsAsync(new(null, null, null))).Items);
            await Assert.ThrowsAsync<Township.Congress.Security.TownshipAccessDeniedException>(() => db.AppraisalDetailsAsync(id));
        }
        await using (var db = database.Context(county.CountyViewer, new FixedClock(Today)))
        {
            Assert.Equal(id, Assert.Single((await db.SearchAppraisalsAsync(new(null, 2026, "站所"))).Items).Id);
            var details = await db.AppraisalDetailsAsync(id);
            await Assert.ThrowsAsync<Township.Congress.Security.TownshipAccessDeniedException>(() =>
                new AppraisalService(db).UpdateAsync(id, Input("改名"), details.Version));
        }
    }
}
