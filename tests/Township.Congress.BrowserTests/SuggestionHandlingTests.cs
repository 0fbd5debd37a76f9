using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Suggestions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>
/// One suggestion from the secretary's desk to the unit and back: town01 (城关镇) enters and
/// assigns it, unit01 (县交通运输局) answers, the lead deputy is dissatisfied, it goes back for
/// re-handling; the timeline keeps every step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SuggestionHandlingTests(BrowserFixture fixture)
{
    private const string Unit = "县交通运输局";

    /// <summary>The item page's header (the list behind it has state chips too while the page changes).</summary>
    private static ILocator Header(IPage page) => page.GetByTestId("suggestion-header");

    private static ILocator State(IPage page) => Header(page).GetByTestId("state-chip");

    private static string Shot(string name) => Path.Combine(BrowserFixture.ArtifactsDirectory, name);

    /// <summary>Picks an option of the open Mud popover (select or autocomplete) by its exact text.</summary>
    private static Task PickAsync(IPage page, string text) =>
        page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(text)}\\s*$") }).First.ClickAsync();

    private async Task<List<string>> DeputiesOfTownshipOneAsync()
    {
        await using var db = fixture.SystemDb();
        var one = await db.Townships.SingleAsync(t => t.Number == 1);
        var names = await db.Deputies.AsNoTracking().Where(d => d.TownshipId == one.Id && d.Status == DeputyStatus.InOffice)
            .OrderBy(d => d.Name).Select(d => d.Name).ToListAsync();
        // Names typed into an autocomplete must find exactly one deputy.
        return names.GroupBy(n => n).Where(g => g.Count() == 1).Select(g => g.Key)
            .Where(n => names.Count(other => other.Contains(n, StringComparison.Ordinal)) == 1).Take(3).ToList();
    }

    [Fact]
    public async Task Suggestion_goes_from_secretary_to_unit_and_back_for_rehandling()
    {
        var token = Random.Shared.Next(1000, 9999).ToString();
        var title = $"关于修缮城关{token}号文化广场的建议";
        var deputies = await DeputiesOfTownshipOneAsync();
        Assert.Equal(3, deputies.Count);
        var today = ChineseDate.TodayInChina(TimeProvider.System);

        var town = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(town, "town01");
        await BrowserFixture.GotoInteractiveAsync(town, "/suggestions");
        Guid id = default;
        await Ui.CaptureOnFailureAsync(town, "suggestion-secretary-enters", async () =>
        {
            await Expect(town.GetByTestId("suggestions-title")).ToHaveTextAsync("议案建议");
            await Expect(town.GetByTestId("suggestions-table").GetByText(PagerTotal())).ToBeVisibleAsync();

            // 新增: title and text, the lead deputy and two co-signers, a category.
            await town.GetByTestId("new-suggestion").ClickAsync();
            var dialog = Ui.Dialog(town);
            await Ui.Input(dialog, "suggestion-title").FillAsync(title);
            await Ui.Input(dialog, "suggestion-text").FillAsync($"城关{token}号文化广场地面破损、照明损坏，群众夜间活动不便，建议尽快修缮。");
            await Ui.Input(dialog, "lead-deputy").FillAsync(deputies[0]);
            await PickAsync(town, deputies[0]);
            foreach (var name in deputies.Skip(1))
            {
                await Ui.Input(dialog, "co-signer-search").FillAsync(name);
                await PickAsync(town, name);
            }
            await Expect(dialog.GetByTestId("co-signer-chip")).ToHaveCountAsync(2);
            await dialog.GetByTestId("suggestion-category").ClickAsync();
            await PickAsync(town, "城乡建设");
            await town.ScreenshotAsync(new() { Path = Shot("suggestion-new.png") });
            await dialog.GetByTestId("suggestion-save").ClickAsync();
            await town.WaitForURLAsync(new Regex("/suggestions/[0-9a-f-]{36}$"));
            id = Guid.Parse(town.Url[^36..]);
            await Expect(town.GetByTestId("suggestion-heading")).ToHaveTextAsync(title);
            await Expect(State(town)).ToHaveTextAsync("已提出");
            await Expect(town.GetByTestId("fact-lead")).ToHaveTextAsync(deputies[0]);
            await Expect(town.GetByTestId("fact-cosigners")).ToContainTextAsync(deputies[1]);
            await Expect(town.GetByTestId("fact-cosigners")).ToContainTextAsync(deputies[2]);

            // 交办 to 县交通运输局.
            await town.GetByTestId("action-assign").ClickAsync();
            dialog = Ui.Dialog(town);
            await Ui.Input(dialog, "assign-lead-unit").FillAsync("交通运输");
            await PickAsync(town, Unit);
            await Expect(dialog.GetByTestId("assign-deadline")).ToContainTextAsync(ChineseDate.Format(SuggestionRules.Deadline(today, false)));
            await dialog.GetByTestId("step-confirm").ClickAsync();
            await Expect(State(town)).ToHaveTextAsync("已交办");
            await Expect(town.GetByTestId("fact-lead-unit")).ToHaveTextAsync(Unit);
            await Expect(town.GetByTestId("action-assign")).ToHaveCountAsync(0);

            // The letter for a unit without a login prints from the page.
            var letter = await town.GetByTestId("assignment-letter").GetAttributeAsync("href");
            Assert.Equal($"/api/v1/suggestions/{id}/assignment-letter.pdf", letter);
            var pdf = await town.APIRequest.GetAsync(letter!);
            Assert.Equal(200, pdf.Status);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..5]));
        });

        // The unit: only its own items; the new one found by keyword, answered class B.
        var unit = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(unit, "unit01");
        await unit.WaitForURLAsync(new Regex("/suggestions$"));
        await unit.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Ui.CaptureOnFailureAsync(unit, "suggestion-unit-answers", async () =>
        {
            await Expect(unit.GetByTestId("suggestions-title")).ToHaveTextAsync("本单位办理件");
            await Expect(unit.Locator(".mud-nav-link").Filter(new() { HasText = "代表名册" })).ToHaveCountAsync(0);
            await Expect(unit.Locator(".mud-nav-link").Filter(new() { HasText = "人代会" })).ToHaveCountAsync(0);

            int expected;
            await using (var db = fixture.SystemDb())
            {
                var unitId = await db.HandlingUnits.Where(u => u.Name == Unit).Select(u => u.Id).SingleAsync();
                expected = await db.Suggestions.CountAsync(s => s.State != SuggestionState.Merged
                    && db.SuggestionAssignments.Any(a => a.SuggestionId == s.Id && a.UnitId == unitId && a.EndedOn == null));
            }
            Assert.True(expected > 1, "the demo county gives 县交通运输局 items of its own");
            var table = unit.GetByTestId("suggestions-table");
            await Expect(table.GetByText($"共 {expected} 条")).ToBeVisibleAsync();
            var rows = table.Locator("tr.suggestion-row");
            var count = await rows.CountAsync();
            Assert.Equal(Math.Min(expected, 20), count);
            for (var i = 0; i < count; i++)
            {
                var role = (await rows.Nth(i).Locator("td[data-label='本单位']").InnerTextAsync()).Trim();
                var lead = (await rows.Nth(i).Locator("td[data-label='主办单位']").InnerTextAsync()).Trim();
                Assert.True(role == "协办" || (role == "主办" && lead == Unit), $"row {i}: {role} / {lead}");
            }
            await unit.ScreenshotAsync(new() { Path = Shot("suggestions-unit-list.png") });

            await Ui.Input(unit, "suggestion-search").FillAsync($"城关{token}号");
            await Expect(table.GetByText("共 1 条")).ToBeVisibleAsync();
            await rows.First.Locator("td[data-label='领衔代表']").ClickAsync();
            await unit.WaitForURLAsync(new Regex($"/suggestions/{id}$"));
            await Expect(unit.GetByTestId("action-feedback")).ToHaveCountAsync(0);
            await Expect(unit.GetByTestId("action-assign")).ToHaveCountAsync(0);

            await unit.GetByTestId("action-answer").ClickAsync();
            var dialog = Ui.Dialog(unit);
            await dialog.GetByText("B类（正在解决或列入计划）").ClickAsync();
            await Ui.Input(dialog, "answer-text").FillAsync("已列入明年城区公共设施维修计划，预计明年三月动工。");
            await dialog.GetByTestId("step-confirm").ClickAsync();
            await Expect(State(unit)).ToHaveTextAsync("已答复");
            await Expect(unit.GetByTestId("answer-class-chip")).ToHaveTextAsync("B类");
        });

        // The secretary is told: the bell leads to the item; the lead deputy is not satisfied.
        await BrowserFixture.GotoInteractiveAsync(town, "/suggestions");
        await Ui.CaptureOnFailureAsync(town, "suggestion-secretary-feedback", async () =>
        {
            await Expect(town.GetByTestId("notification-badge").Locator(".mud-badge")).ToBeVisibleAsync();
            await town.GetByTestId("notification-bell").ClickAsync();
            var notice = town.GetByTestId("notification-item").Filter(new() { HasText = title });
            await Expect(notice).ToContainTextAsync("B类");
            await Expect(notice).ToHaveAttributeAsync("data-read", "false");
            await notice.ClickAsync();
            await town.WaitForURLAsync(new Regex($"/suggestions/{id}$"));
            await Expect(State(town)).ToHaveTextAsync("已答复");

            await town.GetByTestId("action-feedback").ClickAsync();
            var dialog = Ui.Dialog(town);
            await Expect(dialog.GetByTestId("feedback-deputy")).ToContainTextAsync($"{deputies[0]}（领衔）");
            await dialog.GetByText("不满意", new() { Exact = true }).ClickAsync();
            await Expect(dialog.GetByTestId("feedback-rehandling")).ToBeVisibleAsync();
            await Ui.Input(dialog, "feedback-comment").FillAsync("希望年内动工");
            await dialog.GetByTestId("step-confirm").ClickAsync();

            // Back to the unit for one month: 已交办, round 2, 重新办理.
            await Expect(State(town)).ToHaveTextAsync("已交办");
            await Expect(Header(town).GetByTestId("rehandling-chip")).ToHaveTextAsync("重新办理");
            await Expect(town.GetByTestId("fact-deadline")).ToContainTextAsync(ChineseDate.Format(today.AddMonths(1)));
            await Expect(town.GetByTestId("feedback-row")).ToContainTextAsync("不满意");

            var steps = town.GetByTestId("timeline-item");
            await Expect(steps).ToHaveCountAsync(4);
            Assert.Equal(["Submit", "Assign", "Answer", "Feedback"],
                await steps.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-action'))"));
            await Expect(town.GetByTestId("timeline-action")).ToHaveTextAsync(["提出", "交办", "答复", "代表反馈"]);
            await Expect(steps.Nth(2)).ToContainTextAsync(Unit);
            await Expect(steps.Nth(3)).ToContainTextAsync("希望年内动工");
            await town.ScreenshotAsync(new() { Path = Shot("suggestion-rehandling.png"), FullPage = true });
        });

        await using (var db = fixture.SystemDb())
        {
            var item = await db.Suggestions.AsNoTracking().SingleAsync(s => s.Id == id);
            Assert.Equal((SuggestionState.Assigned, 2, today.AddMonths(1), Satisfaction.Dissatisfied, AnswerClass.B),
                (item.State, item.Round, item.Deadline, item.LeadSatisfaction, item.AnswerClass));
            Assert.Equal(3, await db.Set<SuggestionSigner>().CountAsync(s => s.SuggestionId == id));
        }
        await unit.Context.CloseAsync();
        await town.Context.CloseAsync();
    }

    [Fact]
    public async Task Ledger_downloads_from_the_list_page()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/suggestions");
        await Ui.CaptureOnFailureAsync(page, nameof(Ledger_downloads_from_the_list_page), async () =>
        {
            Guid township;
            await using (var db = fixture.SystemDb())
                township = await db.Townships.Where(t => t.Number == 1).Select(t => t.Id).SingleAsync();
            var year = ChineseDate.TodayInChina(TimeProvider.System).Year;
            var link = page.GetByTestId("ledger-link");
            await Expect(link).ToHaveAttributeAsync("href", $"/api/v1/townships/{township}/suggestion-ledger.xlsx?year={year}");
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            var path = Path.Combine(BrowserFixture.ArtifactsDirectory, "suggestion-ledger.xlsx");
            await download.SaveAsAsync(path);
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.True(bytes.Length > 1000);
            Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        });
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"共 (\d+) 条")]
    private static partial Regex PagerTotal();
}
