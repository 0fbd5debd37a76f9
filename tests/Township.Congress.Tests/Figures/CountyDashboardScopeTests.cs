using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Figures;

/// <summary>
/// A server may hold many counties (a province's or the nation's): one county's dashboard lists that county's overdue items
/// only, also for the administrator, who sees every county (the overdue list was once filtered by the user's scope alone).
/// </summary>
public class CountyDashboardScopeTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheAdministratorsCountyDashboardListsOnlyThatCountysOverdueItems(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await SmallCounty.SeedAsync(database);
        var second = await SmallCounty.SeedAsync(database);
        var clock = new FixedClock(new DateOnly(2025, 11, 20));
        await using (var db = database.System())
        {
            foreach (var (township, number) in new[] { (first.One.Id, 1), (first.Two.Id, 2), (second.One.Id, 3) })
                db.Suggestions.Add(new Suggestion
                {
                    TownshipId = township, Year = 2025, Sequence = number, Kind = SuggestionKind.Suggestion, Title = $"逾期建议{number}",
                    Text = "内容", LeadDeputyName = "张建国", SubmittedOn = new DateOnly(2025, 3, 1), State = SuggestionState.Assigned,
                    AssignedOn = new DateOnly(2025, 3, 5), FirstAssignedOn = new DateOnly(2025, 3, 5),
                    Deadline = new DateOnly(2025, 6, 3), FirstDeadline = new DateOnly(2025, 6, 3),
                });
            await db.SaveChangesAsync();
        }

        await using var admin = database.Context(TownshipScope.System("admin"), clock);
        var dashboard = await admin.CountyDashboardAsync(first.County.Id, 2025);
        Assert.Equal(2, dashboard.OverdueTotal);
        Assert.Equal(["逾期建议1", "逾期建议2"], dashboard.Overdue.Select(i => i.Title).Order(StringComparer.Ordinal));
        Assert.All(dashboard.Overdue, i => Assert.Contains(i.TownshipId, new[] { first.One.Id, first.Two.Id }));

        var other = await admin.CountyDashboardAsync(second.County.Id, 2025);
        Assert.Equal(1, other.OverdueTotal);
        Assert.Equal(second.One.Id, Assert.Single(other.Overdue).TownshipId);
    }
}
