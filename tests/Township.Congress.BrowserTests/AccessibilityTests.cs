using Microsoft.EntityFrameworkCore;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Xunit.Abstractions;

namespace Township.Congress.BrowserTests;

/// <summary>axe-core finds no serious or critical violation on the pages a secretary works in every day.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Main_pages_have_no_serious_or_critical_axe_violations()
    {
        Guid session, suggestion;
        await using (var db = fixture.SystemDb())
        {
            var township = await db.Townships.Where(t => t.Number == 1).Select(t => t.Id).SingleAsync();
            // A held session shows the most: roll call, votes, elections.
            session = await db.Sessions.Where(s => s.TownshipId == township)
                .OrderBy(s => s.Status == SessionStatus.Planned).ThenByDescending(s => s.PlannedStart).Select(s => s.Id).FirstAsync();
            suggestion = await db.Suggestions.Where(s => s.TownshipId == township && s.State != SuggestionState.Submitted && s.State != SuggestionState.Merged)
                .OrderBy(s => s.Year).ThenBy(s => s.Sequence).Select(s => s.Id).FirstAsync();
        }
        (string Name, string Path, string Ready)[] pages =
        [
            ("roster", "/roster", "roster-table"),
            ("sessions", "/sessions", "sessions-table"),
            ("session", $"/sessions/{session}", "session-tabs"),
            ("suggestions", "/suggestions", "suggestions-table"),
            ("suggestion", $"/suggestions/{suggestion}", "suggestion-header"),
            ("figures", "/suggestions/figures", "figure-received"),
        ];
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await Ui.CaptureOnFailureAsync(page, nameof(Main_pages_have_no_serious_or_critical_axe_violations), async () =>
        {
            var report = new List<string>();
            var total = 0;
            foreach (var (name, path, ready) in pages)
            {
                await BrowserFixture.GotoInteractiveAsync(page, path);
                await page.GetByTestId(ready).First.WaitForAsync();
                // Let the first interactive render settle (tables load after the circuit starts).
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var found = await Axe.SeriousViolationsAsync(page);
                total += found.Count;
                report.Add($"{name} ({path}): {found.Count} serious/critical rule(s)" + (found.Count > 0 ? "\n" + Axe.Describe(found) : ""));
            }
            output.WriteLine(string.Join("\n", report));
            Assert.True(total == 0, "axe found serious or critical violations:\n" + string.Join("\n", report));
        });
        await page.Context.CloseAsync();
    }
}
