using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Testing.Figures;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Figures;

/// <summary>
/// The demo county seeded once per provider for a whole test class (seeding is the slow part), with its records counted
/// (<see cref="SeededCounts"/>). A test may add records the figures do not count (annual reports), never change counted ones.
/// </summary>
public sealed class SeededDemoCounty : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, Task<(TestDatabase Database, SeededCounts Counts)>> _seeded = [];
    private readonly object _gate = new();

    public Task<(TestDatabase Database, SeededCounts Counts)> ForAsync(DatabaseProvider provider)
    {
        lock (_gate)
        {
            if (!_seeded.TryGetValue(provider, out var seeding)) _seeded[provider] = seeding = SeedAsync(provider);
            return seeding;
        }
    }

    private static async Task<(TestDatabase, SeededCounts)> SeedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        await using var db = database.System();
        return (database, await SeededCounts.LoadAsync(db));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var seeding in _seeded.Values)
        {
            var (database, _) = await seeding;
            await database.DisposeAsync();
        }
    }
}
