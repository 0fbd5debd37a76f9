using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Deputies;
using Township.Congress.Suggestions;
using Township.Congress.VoterContact;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>
/// The edit paths of the work between sessions (issue 11): a visitor's line edited and removed on the reception page
/// (one made into a suggestion cannot be, and says why), and a livelihood project's facts edited in their dialog.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowUpEditTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_edits_and_removes_a_visit_but_not_one_made_into_a_suggestion()
    {
        Guid receptionId;
        await using (var db = fixture.SystemDb())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            var station = await db.LiaisonStations.Where(s => s.TownshipId == one.Id).Select(s => s.Id).FirstAsync();
            var deputy = await db.Deputies.Where(d => d.TownshipId == one.Id && d.Status == DeputyStatus.InOffice).OrderBy(d => d.Id).FirstAsync();
            var day = Township.Congress.Formatting.ChineseDate.TodayInChina(TimeProvider.System).AddDays(-2);
            receptionId = (await new VoterContactService(db, WorkCalendar.WeekendsOnly).CreateReceptionAsync(one.Id, new ReceptionInput
            {
                StationId = station, Date = day, NoticePostedOn = day.AddDays(-4), DutyDeputyIds = [deputy.Id],
                Visits =
                [
                    new VisitInput { VisitorName = "钱大爷", Matter = "菜市场门口积水", Disposition = ReceptionDisposition.AnsweredOnSpot, Reply = "已告知城管" },
                    new VisitInput { Matter = "建议增设农村客运班线", Disposition = ReceptionDisposition.MadeSuggestion },
                ],
            })).Id;
        }

        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, $"/receptions/{receptionId}");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_edits_and_removes_a_visit_but_not_one_made_into_a_suggestion), async () =>
        {
            var rows = page.GetByTestId("visit-row");
            await Expect(rows).ToHaveCountAsync(2);
            var answered = rows.Filter(new() { HasText = "钱大爷" });
            await answered.GetByTestId("visit-edit").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Expect(Ui.Input(dialog, "visit-matter")).ToHaveValueAsync("菜市场门口积水");
            await Ui.Input(dialog, "visit-matter").FillAsync("菜市场门口雨后积水严重");
            await dialog.GetByTestId("visit-save").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            await Expect(answered).ToContainTextAsync("菜市场门口雨后积水严重");

            // The line made into a suggestion: its remove button is off and says why.
            var made = rows.Filter(new() { HasText = "建议增设农村客运班线" });
            await Expect(made.GetByTestId("visit-remove")).ToBeDisabledAsync();
            await Expect(made.GetByTestId("visit-remove-hint")).ToHaveAttributeAsync("title", new Regex("已转为建议"));

            await answered.GetByTestId("visit-remove").ClickAsync();
            await Expect(Ui.Dialog(page)).ToContainTextAsync("钱大爷");
            await Ui.Dialog(page).GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "删除接待记录" }).ClickAsync();
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows).ToContainTextAsync("建议增设农村客运班线");
        });
        BrowserFixture.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task Secretary_edits_a_projects_facts_and_a_negative_budget_is_refused_in_chinese()
    {
        Guid projectId;
        string monitor;
        await using (var db = fixture.SystemDb())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            projectId = await db.LivelihoodProjects.Where(p => p.TownshipId == one.Id && p.Year == 2026).OrderBy(p => p.Name).Select(p => p.Id).FirstAsync();
            monitor = await db.Deputies.Where(d => d.TownshipId == one.Id && d.Status == DeputyStatus.InOffice).OrderBy(d => d.Name).Select(d => d.Name).LastAsync();
        }

        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, $"/livelihood-projects/{projectId}");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_edits_a_projects_facts_and_a_negative_budget_is_refused_in_chinese), async () =>
        {
            await page.GetByTestId("lp-edit-facts").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Ui.Input(dialog, "facts-budget").FillAsync("-5");
            await dialog.GetByTestId("facts-save").ClickAsync();
            await Expect(dialog).ToContainTextAsync("预算金额不能为负数");

            await Ui.Input(dialog, "facts-budget").FillAsync("123.45");
            await Ui.PickAsync(page, dialog.GetByTestId("facts-monitor"), monitor);
            await dialog.GetByTestId("facts-save").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("lp-budget")).ToHaveTextAsync("123.45万元");
            await Expect(page.GetByTestId("lp-monitor")).ToHaveTextAsync(monitor);
        });
        BrowserFixture.AssertNoCspViolations(page);
    }
}
