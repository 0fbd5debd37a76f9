using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Security;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>操作日志 as a chair reads it: in Chinese, with names, and without anyone's full phone or ID number.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AuditPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Chair_reads_a_deputy_edit_in_Chinese_and_sees_no_full_id_or_phone()
    {
        string name;
        await using (var db = fixture.SystemDb())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            var deputy = await db.Deputies.Where(d => d.TownshipId == one.Id).OrderByDescending(d => d.NameInitials).FirstAsync();
            name = deputy.Name;
            await using var secretary = new CongressDbContext(
                fixture.App.Services.GetRequiredService<DbContextOptions<CongressDbContext>>(), TownshipScope.Secretary("town01", Guid.NewGuid(), one.Id));
            var input = DeputyInput.From(deputy);
            input.Phone = "13987654321";
            input.IdCardNumber = "11010519491231002X";
            // Left empty, the birth date and gender are read from the number (they must agree with it).
            input.BirthDate = null;
            input.Gender = null;
            await new DeputyService(secretary).UpdateAsync(deputy.Id, input, deputy.Version);
            // A row written before numbers were masked on the way in: the page masks it on the way out.
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = DateTime.UtcNow, UserName = "town01", TownshipId = one.Id, Action = AuditAction.Update, EntityType = "Deputy",
                EntityKey = deputy.Id.ToString(), Changes = """{"IdCardNumber":{"old":"","new":"11010519491231002X"},"Phone":{"old":"","new":"13987654321"}}""",
            });
            await db.SaveChangesAsync();
        }

        var page = await fixture.NewPageAsync();
        await Ui.CaptureOnFailureAsync(page, "audit-chair-masked", async () =>
        {
            await BrowserFixture.LoginAsync(page, "chair01");
            await BrowserFixture.GotoInteractiveAsync(page, "/audit");
            await Expect(page.GetByText($"代表 {name}").First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("audit-changes").Filter(new() { HasText = "联系电话" }).First).ToBeVisibleAsync();

            var text = await page.InnerTextAsync("body");
            // Blazor's markers (hashes, encrypted descriptors) and the theme's CSS numbers are not page content.
            // Element ids are GUIDs, whose hex digits can run to eleven figures starting with 1 (…-13054994365b): no phone either.
            var html = Guids().Replace(HtmlComments().Replace(await page.ContentAsync(), ""), "");
            foreach (var content in new[] { text, html })
            {
                Assert.DoesNotMatch(FullIdNumber(), content);
                Assert.DoesNotMatch(FullMobile(), content);
            }
            Assert.Contains("139****4321", text);
            Assert.Contains("110***********002X", text);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_search_typed_on_a_later_page_shows_its_matches_from_the_first()
    {
        var token = $"翻页{Random.Shared.Next(1000, 9999)}";
        await using (var db = fixture.SystemDb())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            var deputy = await db.Deputies.Where(d => d.TownshipId == one.Id).OrderBy(d => d.Id).FirstAsync();
            // The 120 newest rows, so the list has a second page whatever else is there, and so has the search: 60 rows carry
            // the token. MudTable steps back by itself only when its page lies past the new total, which 60 matches do not.
            for (var i = 0; i < 120; i++)
                db.AuditEntries.Add(new AuditEntry
                {
                    AtUtc = DateTime.UtcNow.AddSeconds(-i), UserName = "town01", TownshipId = one.Id, Action = AuditAction.Update,
                    EntityType = "Deputy", EntityKey = deputy.Id.ToString(),
                    Changes = $$$"""{"Occupation":{"old":"","new":"{{{(i % 2 == 0 ? token : "农民")}}}"}}""",
                });
            await db.SaveChangesAsync();
        }

        var page = await fixture.NewPageAsync();
        await Ui.CaptureOnFailureAsync(page, "audit-search-from-page-2", async () =>
        {
            await BrowserFixture.LoginAsync(page, "chair01");
            await BrowserFixture.GotoInteractiveAsync(page, "/audit");
            var table = page.GetByTestId("audit-table");
            await Expect(table.GetByText("第 1–50 条")).ToBeVisibleAsync();
            await table.Locator(".mud-table-pagination-actions button").Nth(2).ClickAsync();
            await Expect(table.GetByText("第 51–100 条")).ToBeVisibleAsync();

            await Ui.Input(page, "audit-search").FillAsync(token);
            await Expect(table.GetByText("第 1–50 条，共 60 条")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("audit-changes")).ToHaveCountAsync(50);
            await Expect(page.GetByTestId("audit-changes").First).ToContainTextAsync(token);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refused_page_visit_leaves_exactly_one_audit_row()
    {
        Guid item;
        await using (var db = fixture.SystemDb())
        {
            var two = await db.Townships.SingleAsync(t => t.Number == 2);
            item = await db.Suggestions.Where(s => s.TownshipId == two.Id).OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync();
        }
        var page = await fixture.NewPageAsync();
        await Ui.CaptureOnFailureAsync(page, "audit-refused-once", async () =>
        {
            await BrowserFixture.LoginAsync(page, "chair01");
            // Prerendered, then run again in the circuit: still one visit.
            await BrowserFixture.GotoInteractiveAsync(page, $"/suggestions/{item}");
            await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
            await page.WaitForTimeoutAsync(3000);

            await using var check = fixture.SystemDb();
            Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.Action == AuditAction.AccessDenied && a.EntityKey == item.ToString()));
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Filtering_by_suggestions_and_searching_a_number_finds_the_items_rows()
    {
        string number;
        await using (var db = fixture.SystemDb())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            var suggestion = await db.Suggestions.Where(s => s.TownshipId == one.Id).OrderBy(s => s.Sequence).FirstAsync();
            number = suggestion.Number;
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = DateTime.UtcNow, UserName = "town01", TownshipId = one.Id, Action = AuditAction.Update, EntityType = "Suggestion",
                EntityKey = suggestion.Id.ToString(), Changes = """{"State":{"old":"Answered","new":"Assigned"}}""",
            });
            await db.SaveChangesAsync();
        }
        var page = await fixture.NewPageAsync();
        await Ui.CaptureOnFailureAsync(page, "audit-search-number", async () =>
        {
            await BrowserFixture.LoginAsync(page, "chair01");
            await BrowserFixture.GotoInteractiveAsync(page, "/audit");
            await page.Locator(".mud-select").First.ClickAsync();
            await page.Locator(".mud-popover-open").GetByText("议案建议", new() { Exact = true }).ClickAsync();
            await Ui.Input(page, "audit-search").FillAsync(number);
            var row = page.Locator("tbody tr").Filter(new() { HasText = $"议案建议 {number}" }).First;
            await Expect(row).ToBeVisibleAsync();
            await Expect(row).ToContainTextAsync("办理状态: 已答复 → 已交办");
            Assert.DoesNotMatch(EnumNames(), await page.GetByTestId("audit-changes").AllInnerTextsAsync() is var cells ? string.Join("\n", cells) : "");
        });
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx]")]
    private static partial Regex FullIdNumber();

    [GeneratedRegex(@"<!--.*?-->|<style[^>]*>.*?</style>|<script[^>]*>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex HtmlComments();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guids();

    [GeneratedRegex(@"(?<!\d)1\d{10}(?!\d)")]
    private static partial Regex FullMobile();

    [GeneratedRegex(@"\b(Answered|Assigned|Submitted|Registered)\b")]
    private static partial Regex EnumNames();
}
