using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>The main path of a township secretary (town01, 城关镇) through the roster.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RosterTests(BrowserFixture fixture)
{
    private const string Township1 = "城关镇";

    /// <summary>Township 1's deputies as the database holds them now (other tests may have added some).</summary>
    private async Task<(Guid TownshipId, List<Deputy> Deputies, int CountyTotal)> Township1Async()
    {
        await using var db = fixture.SystemDb();
        var township = await db.Townships.SingleAsync(t => t.Number == 1);
        var deputies = await db.Deputies.AsNoTracking().Where(d => d.TownshipId == township.Id).ToListAsync();
        return (township.Id, deputies, await db.Deputies.CountAsync());
    }

    private async Task<IPage> RosterAsSecretaryAsync()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/roster");
        // Prerendered and still-loading tables show "共 0 条": wait for real rows.
        await Expect(Ui.NameCells(page).First).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task Secretary_sees_only_the_own_township_roster()
    {
        var page = await RosterAsSecretaryAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_sees_only_the_own_township_roster), async () =>
        {
            var (townshipId, deputies, countyTotal) = await Township1Async();
            Assert.True(deputies.Count >= 72, $"the demo township 1 has 72 deputies, found {deputies.Count}");
            Assert.True(deputies.Count < countyTotal);

            await Expect(page.GetByTestId("current-user")).ToContainTextAsync(Township1);
            await Expect(page.GetByTestId("township-select")).ToHaveCountAsync(0);
            await Ui.ExpectTotalAsync(page, deputies.Count);

            // Every visible row is one of township 1's deputies.
            var names = deputies.Select(d => d.Name).ToHashSet();
            var shown = await Ui.NameCells(page).AllInnerTextsAsync();
            Assert.Equal(20, shown.Count);
            Assert.All(shown, n => Assert.Contains(n.Trim(), names));

            // The API with the same cookie agrees: only township 1, same total.
            var response = await page.APIRequest.GetAsync("/api/v1/deputies?pageSize=200");
            Assert.Equal(200, response.Status);
            using var json = JsonDocument.Parse(await response.TextAsync());
            Assert.Equal(deputies.Count, json.RootElement.GetProperty("total").GetInt32());
            Assert.All(json.RootElement.GetProperty("items").EnumerateArray(),
                i => Assert.Equal(townshipId, i.GetProperty("townshipId").GetGuid()));

            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "roster.png"), FullPage = true });
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_filter_chosen_by_its_label_filters_from_page_one_keeps_its_url_and_all_clears_it()
    {
        var page = await RosterAsSecretaryAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(A_filter_chosen_by_its_label_filters_from_page_one_keeps_its_url_and_all_clears_it), async () =>
        {
            var (_, deputies, _) = await Township1Async();
            var inOffice = deputies.Count(d => d.Status == DeputyStatus.InOffice);
            Assert.InRange(inOffice, 21, deputies.Count - 1);
            await page.GetByTestId("roster-table").Locator(".mud-table-pagination-actions button").Nth(2).ClickAsync();
            await page.WaitForURLAsync(new Regex("/roster\\?page=2$"));

            // The label names the native select (the browser's own list: keyboard and screen readers as any select).
            var status = page.GetByLabel("状态", new() { Exact = true });
            await Ui.ChooseAsync(status, "在任");
            await page.WaitForURLAsync(new Regex("/roster\\?status=InOffice$"));
            await Ui.ExpectTotalAsync(page, inOffice);
            await Expect(Ui.PagerInfo(page)).ToContainTextAsync("第 1–20 条");

            // A reload keeps it: the select shows the filter from the URL.
            await page.ReloadAsync();
            await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Expect(status).ToHaveValueAsync(nameof(DeputyStatus.InOffice));
            await Ui.ExpectTotalAsync(page, inOffice);

            await Ui.ChooseAsync(status, "全部");
            await page.WaitForURLAsync(new Regex("/roster$"));
            await Ui.ExpectTotalAsync(page, deputies.Count);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_by_name_and_by_pinyin_initials_narrows_the_list()
    {
        var page = await RosterAsSecretaryAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(Search_by_name_and_by_pinyin_initials_narrows_the_list), async () =>
        {
            var (_, deputies, _) = await Township1Async();
            // A deputy whose full name is not part of anyone else's, so the search finds exactly one.
            var target = deputies.OrderBy(d => d.NameInitials).First(d => deputies.Count(o => o.Name.Contains(d.Name)) == 1);
            var search = Ui.Input(page, "roster-search");

            await search.FillAsync(target.Name);
            await Ui.ExpectTotalAsync(page, 1);
            await Expect(Ui.NameCells(page)).ToHaveTextAsync([target.Name]);

            // Initials: the first two letters, typed in upper case (matching is case-insensitive).
            var initials = target.NameInitials[..2];
            var expected = deputies.Count(d => d.Name.Contains(initials.ToUpperInvariant()) || d.NameInitials.StartsWith(initials, StringComparison.Ordinal));
            Assert.InRange(expected, 1, deputies.Count - 1);
            await search.FillAsync(initials.ToUpperInvariant());
            await Ui.ExpectTotalAsync(page, expected);
            var shown = await Ui.NameCells(page).AllInnerTextsAsync();
            Assert.NotEmpty(shown);
            Assert.All(shown, n => Assert.StartsWith(initials, PinyinInitials.Of(n.Trim()), StringComparison.Ordinal));

            // Clearing the box brings the whole township back.
            await search.FillAsync("");
            await Ui.ExpectTotalAsync(page, deputies.Count);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Empty_name_shows_a_Chinese_validation_message_in_the_dialog()
    {
        var page = await RosterAsSecretaryAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(Empty_name_shows_a_Chinese_validation_message_in_the_dialog), async () =>
        {
            await page.GetByTestId("add-deputy").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Expect(Ui.Input(dialog, "deputy-name")).ToBeVisibleAsync();

            await dialog.GetByTestId("deputy-save").ClickAsync();

            await Expect(dialog.GetByText("请填写代表姓名。")).ToBeVisibleAsync();
            await Expect(dialog).ToBeVisibleAsync();
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Secretary_adds_a_deputy_and_records_a_resignation()
    {
        const string name = "测试代表甲";
        var page = await RosterAsSecretaryAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_adds_a_deputy_and_records_a_resignation), async () =>
        {
            var before = (await Township1Async()).Deputies.Count;
            await Ui.ExpectTotalAsync(page, before);

            // Add through the dialog.
            await page.GetByTestId("add-deputy").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Ui.Input(dialog, "deputy-name").FillAsync(name);
            // Without an ID number the gender is asked for: nothing is saved as 男 by default.
            await dialog.GetByTestId("deputy-gender").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "女" }).ClickAsync();
            await dialog.GetByTestId("deputy-save").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            await Expect(page.GetByText($"已保存：{name}")).ToBeVisibleAsync();
            await Ui.ExpectTotalAsync(page, before + 1);

            // Find it and see it in office.
            await Ui.Input(page, "roster-search").FillAsync(name);
            await Ui.ExpectTotalAsync(page, 1);
            var row = page.GetByTestId("roster-table").Locator("tbody tr").Filter(new() { HasText = name });
            await Expect(row.Locator("td[data-label='状态']")).ToHaveTextAsync("在任");

            // Change the status to 辞职 with a date and a reason.
            await row.GetByRole(AriaRole.Button, new() { Name = "变更状态" }).ClickAsync();
            dialog = Ui.Dialog(page);
            await Expect(dialog).ToContainTextAsync($"变更状态：{name}");
            await dialog.GetByTestId("status-select").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "辞职" }).ClickAsync();
            // On MudSelect the test id lands on the combobox element that shows the chosen text.
            await Expect(dialog.GetByTestId("status-select")).ToHaveTextAsync("辞职");

            // The deputy took office today (China time), so the change is dated today.
            var today = ChineseDate.TodayInChina(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var date = Ui.Input(dialog, "status-date");
            await date.FillAsync(today);
            await date.PressAsync("Tab");
            await Ui.Input(dialog, "status-reason").FillAsync("因工作调动本人申请辞去代表职务");
            await dialog.GetByTestId("status-save").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

            await Expect(row.Locator("td[data-label='状态']")).ToHaveTextAsync("辞职");

            await using var db = fixture.SystemDb();
            var saved = await db.Deputies.AsNoTracking().SingleAsync(d => d.Name == name);
            Assert.Equal(DeputyStatus.Resigned, saved.Status);
            var change = await db.DeputyStatusChanges.AsNoTracking().SingleAsync(c => c.DeputyId == saved.Id);
            Assert.Equal("因工作调动本人申请辞去代表职务", change.Reason);
            Assert.Equal(today, change.EffectiveOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Roster_pdf_lists_the_deputies_in_Chinese_with_page_numbers()
    {
        var page = await RosterAsSecretaryAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(Roster_pdf_lists_the_deputies_in_Chinese_with_page_numbers), async () =>
        {
            var (townshipId, deputies, _) = await Township1Async();
            var link = page.GetByTestId("roster-pdf");
            var href = await link.GetAttributeAsync("href");
            Assert.Equal($"/api/v1/townships/{townshipId}/roster.pdf", href);

            // The page's request context carries the browser's auth cookie.
            var response = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            Assert.Equal("application/pdf", response.Headers["content-type"]);
            var bytes = await response.BodyAsync();
            await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "roster.pdf"), bytes);

            using var pdf = PdfDocument.Open(bytes);
            var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("— 1 —", text);
            Assert.Contains(Township1, text);
            var inOffice = deputies.Where(d => d.Status == DeputyStatus.InOffice).Select(d => d.Name).ToList();
            var listed = inOffice.Count(text.Contains);
            Assert.True(listed == inOffice.Count, $"{listed} of {inOffice.Count} in-office deputies found in the PDF text");
            // Only deputies in office are printed (names that are not part of another's name).
            var gone = deputies.Where(d => d.Status != DeputyStatus.InOffice && !inOffice.Any(n => n.Contains(d.Name))).Select(d => d.Name);
            Assert.All(gone, n => Assert.DoesNotContain(n, text));
        });
        await page.Context.CloseAsync();
    }
}
