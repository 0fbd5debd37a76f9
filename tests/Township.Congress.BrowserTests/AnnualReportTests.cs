using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Sessions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>
/// Issue 13's report point: town01 generates the year's work report, edits a paragraph, sees a live figure follow a newly recorded
/// activity, finalises the report, and then the figure no longer follows the data; the PDF and the .docx download.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnnualReportTests(BrowserFixture fixture)
{
    private const string Inspections = "mark[data-key='activities.inspections']";

    /// <summary>A held inspection of township 1 in the report's year, as a secretary records one.</summary>
    private async Task RecordInspectionAsync(int year, string subject)
    {
        await using var db = fixture.SystemDb();
        var one = await db.Townships.SingleAsync(t => t.Number == 1);
        var deputy = await db.Deputies.Where(d => d.TownshipId == one.Id && d.Status == Deputies.DeputyStatus.InOffice).OrderBy(d => d.Id).FirstAsync();
        var day = new DateOnly(year, 11, 20);
        await new ActivityService(db, new DocumentOptions()).CreateAsync(one.Id, new ActivityInput
        {
            Kind = ActivityKind.Inspection, Organiser = ActivityOrganiser.Presidium, Subject = subject, StartsOn = day, EndsOn = day,
            Status = ActivityStatus.Held, Places = "新民村", Units = [new(null, "镇交通站")], Participants = [new(deputy.Id, AttendanceStatus.Present)],
        });
    }

    [Fact]
    public async Task Secretary_generates_edits_and_finalises_the_report_and_the_figures_freeze()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/annual-reports");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_generates_edits_and_finalises_the_report_and_the_figures_freeze), async () =>
        {
            await page.GetByTestId("annual-report-generate").ClickAsync();
            await page.WaitForURLAsync(new Regex("/annual-reports/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("annual-report-version")).ToContainTextAsync("第1稿　草稿");
            await Expect(page.GetByTestId("annual-report-section")).ToHaveCountAsync(3);
            var year = int.Parse(Regex.Match(await page.GetByTestId("annual-report-name").InnerTextAsync(), @"\d{4}").Value);
            var before = int.Parse(await page.Locator(Inspections).InnerTextAsync());

            var found = await Axe.SeriousViolationsAsync(page);
            Assert.True(found.Count == 0, Axe.Describe(found));

            // Edit the supervision paragraph: the figure stays a live placeholder in the new text.
            var paragraph = page.GetByTestId("annual-report-paragraph").Filter(new() { Has = page.Locator(Inspections) });
            await paragraph.GetByTestId("annual-report-edit-paragraph").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Ui.Input(dialog, "paragraph-text").FillAsync("浏览器测试：全年组织代表视察{activities.inspections}次。");
            await dialog.GetByTestId("paragraph-save").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("annual-report-paragraph").Filter(new() { HasText = "浏览器测试：全年组织代表视察" }))
                .ToHaveTextAsync($"浏览器测试：全年组织代表视察{before}次。");

            // A new activity: the draft's figure follows the data.
            await RecordInspectionAsync(year, "浏览器测试视察一");
            await BrowserFixture.GotoInteractiveAsync(page, new Uri(page.Url).PathAndQuery);
            await Expect(page.Locator(Inspections)).ToHaveTextAsync((before + 1).ToString());

            await page.GetByTestId("annual-report-finalise").ClickAsync();
            await Ui.Dialog(page).GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "定稿" }).ClickAsync();
            await Expect(page.GetByTestId("annual-report-version")).ToHaveTextAsync("第1稿　定稿");
            await Expect(page.GetByTestId("annual-report-edit-paragraph")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("annual-report-new-version")).ToBeVisibleAsync();

            // Finalised: another activity changes the data, not the report.
            await RecordInspectionAsync(year, "浏览器测试视察二");
            await BrowserFixture.GotoInteractiveAsync(page, new Uri(page.Url).PathAndQuery);
            await Expect(page.GetByTestId("annual-report-version")).ToHaveTextAsync("第1稿　定稿");
            await Expect(page.Locator(Inspections)).ToHaveTextAsync((before + 1).ToString());
            await Expect(page.GetByTestId("annual-report-version-row")).ToHaveCountAsync(1);

            // The prints of the final version: the PDF with the edited text, the .docx as a download.
            var href = await page.GetByTestId("annual-report-pdf").GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync()))
                Assert.Contains($"全年组织代表视察{before + 1}次", string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", ""));
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("annual-report-docx").ClickAsync());
            Assert.EndsWith(".docx", download.SuggestedFilename);
            var path = Path.Combine(BrowserFixture.ArtifactsDirectory, "annual-report.docx");
            await download.SaveAsAsync(path);
            using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false))
                Assert.Contains($"全年组织代表视察{before + 1}次", word.MainDocumentPart!.Document!.Body!.InnerText);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "annual-report-final.png"), FullPage = true });
        });
        await page.Context.CloseAsync();
    }
}
