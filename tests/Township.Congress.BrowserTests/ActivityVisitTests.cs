using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Rules;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>
/// Issue 11, acceptance 2 (first and last parts): town01 records an inspection visit with eight deputies, a finding,
/// an opinion and a rectification item, and its report names the deputies present; then the visit's photo, the
/// suggestion raised from it, the calendar and the groups' yearly plan.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ActivityVisitTests(BrowserFixture fixture)
{
    private static readonly byte[] Photo = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task Secretary_records_an_inspection_visit_and_its_report_names_the_six_present()
    {
        const string subject = "视察农村饮水安全工程";
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/activities");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_records_an_inspection_visit_and_its_report_names_the_six_present), async () =>
        {
            await page.GetByTestId("activity-new").ClickAsync();
            var dialog = Ui.Dialog(page);
            await dialog.GetByTestId("activity-save").ClickAsync();
            await Expect(dialog.GetByTestId("activity-error")).ToContainTextAsync("请填写活动主题");
            await Ui.Input(dialog, "activity-subject").FillAsync(subject);
            await Ui.Input(dialog, "activity-places").FillAsync("镇自来水厂");
            await Ui.Input(dialog, "activity-findings").FillAsync("部分村组供水管网老化，漏损严重");
            await dialog.GetByTestId("activity-save").ClickAsync();
            await page.WaitForURLAsync(ActivityUrl());
            var activityUrl = page.Url;
            await Expect(page.GetByTestId("activity-name")).ToHaveTextAsync(subject);

            // Eight deputies on the roll: six present, one on leave, one absent.
            await page.GetByTestId("roll-pick").ClickAsync();
            var options = page.Locator(".mud-popover-open .mud-list-item");
            await Expect(options.First).ToBeVisibleAsync();
            for (var i = 0; i < 8; i++) await options.Nth(i).ClickAsync();
            await Ui.CloseListAsync(page, page.GetByTestId("activity-name"));
            await page.GetByTestId("roll-add").ClickAsync();
            var rows = page.GetByTestId("roll-row");
            await Expect(rows).ToHaveCountAsync(8);
            var names = new List<string>();
            for (var i = 0; i < 8; i++)
            {
                names.Add((await rows.Nth(i).GetAttributeAsync("data-name"))!);
                var (button, label) = i < 6 ? ("mark-present", "出席") : i == 6 ? ("mark-leave", "请假") : ("mark-absent", "缺席");
                await rows.Nth(i).GetByTestId(button).ClickAsync();
                await Expect(rows.Nth(i).GetByTestId("roll-status")).ToHaveTextAsync(label);
            }
            await Expect(page.GetByTestId("activity-person-times")).ToHaveTextAsync("6");

            await Ui.Input(page, "opinion-text").FillAsync("加快老旧供水管网改造");
            await Ui.Input(page, "opinion-unit").FillAsync("镇人民政府");
            // Who voiced it: only the six present are offered.
            await page.GetByTestId("opinion-speakers").ClickAsync();
            await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(6);
            await Ui.CloseListAsync(page, page.GetByTestId("activity-name"));
            await Ui.PickManyAsync(page, page.GetByTestId("opinion-speakers"), names.Take(2), page.GetByTestId("activity-name"));
            await page.GetByTestId("opinion-add").ClickAsync();
            await Expect(page.GetByTestId("opinion-row")).ToContainTextAsync("镇人民政府");
            await Expect(page.GetByTestId("opinion-speaker-names")).ToHaveTextAsync($"发表意见：{names[0]}、{names[1]}");
            await Ui.Input(page, "rect-matter").FillAsync("更换老化供水管网");
            await Ui.Input(page, "rect-owner").FillAsync("镇水利站");
            await page.GetByTestId("rect-add").ClickAsync();
            await Expect(page.GetByTestId("rect-row")).ToContainTextAsync("更换老化供水管网");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "activity-visit.png"), FullPage = true });

            // The report, fetched from the page's own link: the six present are named, the absent one is not.
            var href = await page.GetByTestId("activity-report-pdf").GetAttributeAsync("href");
            Assert.Matches("^/api/v1/activities/[0-9a-f-]{36}/report.pdf$", href);
            var response = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync()))
            {
                var text = string.Concat(pdf.GetPages().Select(p => p.Text));
                Assert.All(names.Take(6), n => Assert.Contains(n, text));
                Assert.DoesNotContain(names[7], text);
                Assert.Contains("更换老化供水管网", text);
            }

            // A photo of the visit, listed and removed after confirmation.
            await page.GetByTestId("activity-files-panel").Locator("input[type=file]").First
                .SetInputFilesAsync(new FilePayload { Name = "现场照片.png", MimeType = "image/png", Buffer = Photo });
            await Expect(page.GetByTestId("activity-file")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("activity-file-link")).ToHaveTextAsync("现场照片.png");
            await page.GetByTestId("activity-file-delete").ClickAsync();
            await Ui.Dialog(page).GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
            await Expect(page.GetByTestId("activity-files-empty")).ToBeVisibleAsync();

            // 由此提出建议: the finding becomes a suggestion, and each side links to the other.
            await page.GetByTestId("raise-suggestion").ClickAsync();
            await page.GetByTestId("raise-from").First.ClickAsync();
            var form = Ui.Dialog(page);
            await Expect(Ui.Input(form, "suggestion-title")).ToHaveValueAsync(new Regex("供水管网老化"));
            await Ui.Input(form, "lead-deputy").FillAsync(names[0]);
            await Ui.PickAsync(page, names[0]);
            await form.GetByTestId("suggestion-save").ClickAsync();
            await page.WaitForURLAsync(new Regex("/suggestions/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
            var source = page.GetByTestId("activity-source-link");
            await Expect(source).ToContainTextAsync($"视察 {subject}");
            await source.ClickAsync();
            await page.WaitForURLAsync(activityUrl);
            await Expect(page.GetByTestId("linked-suggestion")).ToContainTextAsync("供水管网老化");

            // The sessions calendar shows the visit on its day, linking to it.
            await BrowserFixture.GotoInteractiveAsync(page, "/sessions");
            var onCalendar = page.GetByTestId("calendar-event").Filter(new() { HasText = $"视察：{subject}" });
            await Expect(onCalendar.First).ToBeVisibleAsync();
            await onCalendar.First.ClickAsync();
            await page.WaitForURLAsync(activityUrl);

            // The list keeps its filters in the URL: kind and year find the visit, a subject nobody has shows the empty state.
            await BrowserFixture.GotoInteractiveAsync(page, "/activities?kind=Inspection&year=2026&q=饮水安全");
            await Expect(page.GetByTestId("activity-row").Filter(new() { HasText = subject })).ToHaveCountAsync(1);
            await BrowserFixture.GotoInteractiveAsync(page, "/activities?kind=Inspection&q=没有这样的主题");
            await Expect(page.GetByTestId("activities-empty")).ToBeVisibleAsync();

            await using var db = fixture.SystemDb();
            var visit = await db.Activities.Include(a => a.Participants).Include(a => a.Opinions).SingleAsync(a => a.Subject == subject);
            Assert.Equal((6, 8), (visit.PersonTimes, visit.Participants.Count));
            Assert.Equal("镇人民政府", Assert.Single(visit.Opinions).ReceivingUnitName);
            Assert.Single(await db.Set<ActivitySuggestion>().Where(l => l.ActivityId == visit.Id).ToListAsync());
        });
    }

    [Fact]
    public async Task Secretary_sees_each_groups_year_against_the_rule_and_keeps_its_plan()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/groups?year=2025");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_sees_each_groups_year_against_the_rule_and_keeps_its_plan), async () =>
        {
            var card = page.GetByTestId("group-card").First;
            await Expect(card.GetByTestId("group-held")).ToContainTextAsync("2025年已开展活动");
            await Expect(page.GetByText("每个代表小组每年至少开展两次活动")).ToHaveCountAsync(0);

            var planned = await card.GetByTestId("plan-row").CountAsync();
            await card.GetByTestId("plan-add").ClickAsync();
            var dialog = Ui.Dialog(page);
            await dialog.GetByTestId("plan-save").ClickAsync();
            await Expect(dialog).ToContainTextAsync("请填写活动主题");
            await Ui.Input(dialog, "plan-subject").FillAsync("走访联系困难群众");
            await dialog.GetByTestId("plan-save").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            var row = card.GetByTestId("plan-row").Filter(new() { HasText = "走访联系困难群众" });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(card.GetByTestId("plan-row")).ToHaveCountAsync(planned + 1);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "groups-plan.png"), FullPage = true });

            await row.GetByTestId("plan-remove").ClickAsync();
            await Ui.Dialog(page).GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
            await Expect(card.GetByTestId("plan-row")).ToHaveCountAsync(planned);

            // The short groups (by the county's setting in force) are flagged, each with the rule's text.
            await using var db = fixture.SystemDb();
            Assert.False(await db.Set<GroupPlanItem>().AnyAsync(p => p.Subject == "走访联系困难群众"));
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            var years = await db.GroupYearsAsync(one.Id, 2025, await new CountyRulesService(db).ForTownshipAsync(one.Id));
            var shortGroups = years.Count(y => y.IsShort);
            await Expect(page.GetByTestId("group-short")).ToHaveCountAsync(shortGroups);
            await Expect(page.GetByTestId("group-rule")).ToHaveCountAsync(shortGroups);
            await Expect(page.GetByTestId("group-rule").Filter(new() { HasText = "代表小组每年至少开展活动" })).ToHaveCountAsync(shortGroups);
        });
    }

    [GeneratedRegex(@"/activities/[0-9a-f-]{36}$")]
    private static partial Regex ActivityUrl();
}
