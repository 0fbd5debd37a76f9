using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.AnnualReports;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Model;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.AnnualReports;

public class AnnualReportServiceTests
{
    private static readonly FixedClock Clock = new(new DateOnly(2026, 12, 1));

    private static ActivityInput Inspection(SmallCounty county, int day) => new()
    {
        Kind = ActivityKind.Inspection, Organiser = ActivityOrganiser.Presidium, Subject = $"视察农村道路{day}", StartsOn = new(2026, 10, day),
        EndsOn = new(2026, 10, day), Status = ActivityStatus.Held, Places = "新民村", Units = [new(null, "镇交通站")],
        Participants = [new(county.DeputyOfOne.Id, AttendanceStatus.Present)],
    };

    private static string Read(AnnualReportView view, string key) => view.Figures[key];

    private static ParagraphView Paragraph(AnnualReportView view, string placeholder) =>
        view.Sections.SelectMany(s => s.Parts).SelectMany(p => p.Paragraphs).First(p => p.Text.Contains(placeholder, StringComparison.Ordinal));

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADraftHasTheShapeOfARealReportAndItsFiguresAreTheTownshipsYearFigures(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne, Clock);
        await new ActivityService(db, new DocumentOptions()).CreateAsync(county.One.Id, Inspection(county, 10));

        var report = await new AnnualReportService(db).GenerateAsync(county.One.Id, 2026);
        var view = await db.AnnualReportAsync(report.Id);

        Assert.Equal((1, AnnualReportState.Draft, "town01"), (view.Report.Number, view.Report.State, view.Report.StartedBy));
        Assert.StartsWith("受", view.Opening[0].Plain);
        Assert.Contains("主席团委托", view.Opening[0].Plain);
        Assert.Equal(["一、2026年工作回顾", "二、存在的问题", "三、2027年工作安排"], view.Sections.Select(s => s.Heading));
        var review = view.Sections[0].Parts;
        Assert.Equal([1, 2, 3, 4, 5], review.Select(p => p.Part));
        Assert.All(review, p => Assert.StartsWith("（", p.Heading!.Plain));
        Assert.DoesNotContain(view.Sections.SelectMany(s => s.Parts).SelectMany(p => p.Paragraphs), p => p.Plain.Contains('{'));

        // Every figure is the one FiguresAsync gives, never a count of the report's own.
        var figures = (await db.FiguresAsync(FigureScope.Township(county.One.Id), 2026)).Single();
        Assert.Equal(AnnualReportFigures.Values(figures), view.Figures);
        Assert.Equal("1", Read(view, "activities.inspections"));
        Assert.Equal(figures.Suggestions.ClosureRate.Text, Read(view, "suggestions.closure-rate"));
        var inspections = Paragraph(view, "{activities.inspections}");
        Assert.Contains(inspections.Runs, r => r is { Key: "activities.inspections", IsFigure: true, Text: "1" });
        Assert.All(view.Sections.SelectMany(s => s.Parts).SelectMany(p => p.Paragraphs.Append(p.Heading!)).Where(p => p is not null),
            p => Assert.Single(p.Revisions));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FiguresRefreshUntilFinalisedThenFreezeAndTheVersionRefusesEveryChange(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne, Clock);
        var activities = new ActivityService(db, new DocumentOptions());
        var service = new AnnualReportService(db);
        var report = await service.GenerateAsync(county.One.Id, 2026);
        Assert.Equal("0", Read(await db.AnnualReportAsync(report.Id), "activities.inspections"));

        await activities.CreateAsync(county.One.Id, Inspection(county, 11));
        var draft = await db.AnnualReportAsync(report.Id);
        Assert.Equal("1", Read(draft, "activities.inspections"));
        Assert.Contains("视察1次", Paragraph(draft, "{activities.inspections}").Plain);

        await service.FinaliseAsync(report.Id, draft.Report.Version);
        await activities.CreateAsync(county.One.Id, Inspection(county, 12));
        var final = await db.AnnualReportAsync(report.Id);
        Assert.Equal((AnnualReportState.Final, "town01"), (final.Report.State, final.Report.FinalisedBy));
        Assert.Equal("1", Read(final, "activities.inspections"));
        Assert.Contains("视察1次", Paragraph(final, "{activities.inspections}").Plain);
        Assert.Equal("2", AnnualReportFigures.Values((await db.FiguresAsync(FigureScope.Township(county.One.Id), 2026)).Single())["activities.inspections"]);

        var paragraph = Paragraph(final, "{activities.inspections}");
        var edit = new AnnualReportEdit { Paragraphs = [new ParagraphEdit { Id = paragraph.Id, Text = "改写" }] };
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => service.EditAsync(report.Id, edit, final.Report.Version));
        Assert.Contains("已定稿", refused.Message);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.FinaliseAsync(report.Id, final.Report.Version));

        // A new version is a draft again, with the same text and live figures; only one draft at a time.
        var second = await service.StartNewVersionAsync(report.Id);
        var secondView = await db.AnnualReportAsync(second.Id);
        Assert.Equal((2, AnnualReportState.Draft, report.Id), (second.Number, second.State, second.CopiedFromId));
        Assert.Equal("2", Read(secondView, "activities.inspections"));
        Assert.Equal(final.Sections.SelectMany(s => s.Parts).SelectMany(p => p.Paragraphs).Select(p => p.Text),
            secondView.Sections.SelectMany(s => s.Parts).SelectMany(p => p.Paragraphs).Select(p => p.Text));
        var twice = await Assert.ThrowsAsync<DomainValidationException>(() => service.StartNewVersionAsync(report.Id));
        Assert.Contains("第2稿草稿", twice.Message);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.GenerateAsync(county.One.Id, 2026));
        Assert.Equal([2, 1], (await db.AnnualReportsAsync(county.One.Id, 2026)).Select(r => r.Number));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditsKeepEveryEarlierTextAndAStaleVersionIsAConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne, Clock);
        var service = new AnnualReportService(db);
        var report = await service.GenerateAsync(county.One.Id, 2026);
        var view = await db.AnnualReportAsync(report.Id);
        var paragraph = Paragraph(view, "{sessions.held}");

        var edit = new AnnualReportEdit
        {
            Reporter = "镇人大主席　张三",
            Paragraphs = [new ParagraphEdit { Id = paragraph.Id, Text = "全年召开人民代表大会会议{sessions.held}次。" }],
        };
        await service.EditAsync(report.Id, edit, view.Report.Version);
        var edited = await db.AnnualReportAsync(report.Id);
        var after = Paragraph(edited, "{sessions.held}");
        Assert.Equal("全年召开人民代表大会会议0次。", after.Plain);
        Assert.Equal([paragraph.Text, "全年召开人民代表大会会议{sessions.held}次。"], after.Revisions.Select(r => r.Text));
        Assert.Equal(["town01", "town01"], after.Revisions.Select(r => r.By));
        Assert.Equal("镇人大主席　张三", edited.Reporter);

        // Someone saved after this page read the report: nothing is written.
        await using (var other = database.Context(county.SecretaryOfOne, Clock))
        {
            var stale = new AnnualReportEdit { Paragraphs = [new ParagraphEdit { Id = paragraph.Id, Text = "旧页面上的修改" }] };
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => new AnnualReportService(other).EditAsync(report.Id, stale, view.Report.Version));
        }
        await using (var fresh = database.Context(county.SecretaryOfOne, Clock))
            Assert.Equal(2, await fresh.Set<AnnualReportRevision>().CountAsync(r => r.ParagraphId == paragraph.Id));

        var invalid = new AnnualReportEdit
        {
            Paragraphs =
            [
                new ParagraphEdit { Id = paragraph.Id, Text = "召开会议{sessions.count}次" },
                new ParagraphEdit { Id = paragraph.Id, Text = "  " },
                new ParagraphEdit { Id = Guid.NewGuid(), Text = "别的报告的段落" },
            ],
        };
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => service.EditAsync(report.Id, invalid, edited.Report.Version));
        Assert.Equal(["Paragraphs[0].Text", "Paragraphs[1].Text", "Paragraphs[2].Id"], refused.Errors.Select(e => e.Field));
        Assert.Contains("sessions.count", refused.Errors[0].Message);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ACountyViewerReadsButCannotWriteAndChangesAreAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne, Clock);
        var report = await new AnnualReportService(db).GenerateAsync(county.One.Id, 2026);

        await using var viewer = database.Context(county.CountyViewer, Clock);
        Assert.Equal(1, (await viewer.AnnualReportAsync(report.Id)).Report.Number);
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => new AnnualReportService(viewer).GenerateAsync(county.One.Id, 2025));
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => new AnnualReportService(viewer).FinaliseAsync(report.Id, report.Version));
        await using var two = database.Context(county.SecretaryOfTwo, Clock);
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => two.AnnualReportAsync(report.Id));
        await Assert.ThrowsAsync<DomainValidationException>(() => new AnnualReportService(db).GenerateAsync(county.One.Id, 2027));

        await using var system = database.System();
        Assert.True(await system.AuditEntries.AnyAsync(a => a.EntityType == nameof(AnnualReport) && a.EntityKey == report.Id.ToString()
            && a.Action == AuditAction.Insert && a.UserName == "town01"));
    }
}
