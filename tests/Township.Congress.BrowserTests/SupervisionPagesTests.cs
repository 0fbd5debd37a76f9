using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>The petitions and reports-to-voters pages on their main paths, on the demo county's records.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SupervisionPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_lists_overdue_petitions_and_records_a_new_one()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/petitions");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_lists_overdue_petitions_and_records_a_new_one), async () =>
        {
            await Expect(page.GetByTestId("petition-visitor").First).ToBeVisibleAsync();
            await page.GetByTestId("petitions-overdue").ClickAsync();
            await page.WaitForURLAsync(OverdueUrl());
            await Expect(page.GetByTestId("petition-days-overdue").First).ToContainTextAsync("逾期");

            await page.GetByTestId("new-petition").ClickAsync();
            var dialog = Ui.Dialog(page);
            await dialog.GetByTestId("petition-save").ClickAsync();
            await Expect(dialog.GetByTestId("petition-error")).ToContainTextAsync("请填写来访人姓名");
            await Ui.Input(dialog, "petition-visitor-name").FillAsync("测试来访人");
            await Ui.Input(dialog, "petition-phone").FillAsync("13700001111");
            await Ui.Input(dialog, "petition-matter").FillAsync("反映路灯损坏");
            await Ui.Input(dialog, "petition-received-by").FillAsync("人大办");
            await dialog.GetByTestId("petition-save").ClickAsync();
            await page.WaitForURLAsync(DetailUrl());
            await Expect(page.GetByTestId("petition-name")).ToContainTextAsync("测试来访人");
            await Expect(page.GetByTestId("petition-phone-view")).ToHaveTextAsync("13700001111");
            await using var db = fixture.SystemDb();
            Assert.True(await db.Petitions.AnyAsync(p => p.VisitorName == "测试来访人" && p.Matter == "反映路灯损坏"));
        });
    }

    [Fact]
    public async Task Chair_reads_reports_to_voters_and_their_results_without_editing()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "chair01");
        await BrowserFixture.GotoInteractiveAsync(page, "/voter-reports");
        await Ui.CaptureOnFailureAsync(page, nameof(Chair_reads_reports_to_voters_and_their_results_without_editing), async () =>
        {
            await Expect(page.GetByTestId("voter-reports-coverage")).ToContainTextAsync("名代表述职");
            await Expect(page.GetByTestId("new-voter-report")).ToHaveCountAsync(0);
            await page.GetByTestId("voter-report-deputy").First.ClickAsync();
            await page.WaitForURLAsync(ReportUrl());
            await Expect(page.GetByTestId("voter-report-result-chip")).ToContainTextAsync("称职");
            await Expect(page.GetByTestId("edit-voter-report")).ToHaveCountAsync(0);
        });
    }

    [GeneratedRegex(@"/petitions\?.*overdue=true")]
    private static partial Regex OverdueUrl();

    [GeneratedRegex(@"/petitions/[0-9a-f-]{36}$")]
    private static partial Regex DetailUrl();

    [GeneratedRegex(@"/voter-reports/[0-9a-f-]{36}$")]
    private static partial Regex ReportUrl();
}
