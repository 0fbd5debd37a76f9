using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Security;
using Township.Congress.Testing.DeputyRecords;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Figures;

/// <summary>
/// At national scale the job's rolling sweep recomputes thousands of townships, for minutes: the unchanged rows are confirmed
/// before it starts, so a dashboard reading during the sweep sees them at this run's time, not the last run's.
/// </summary>
public class FigureRollupSweepOrderTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheUnchangedRowsAreConfirmedBeforeTheSweepRecomputesItsPart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await KnownYear.SeedAsync(database, county);
        var clock = new FixedClock(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        await using (var job = database.Context(TownshipScope.System("rollup"), clock))
            await FigureRollups.RefreshChangedAsync(job, [KnownYear.Year]);

        // A value the recompute must overwrite, so the swept township's save is seen writing it.
        await using (var db = database.System()) await db.FigureRollups.ExecuteUpdateAsync(u => u.SetProperty(r => r.Value, 999));

        clock.Today = clock.Today.AddDays(1);
        var commands = new CommandLog();
        var logged = new DbContextOptionsBuilder<CongressDbContext>(database.Options).AddInterceptors(commands).Options;
        await using (var job = new CongressDbContext(logged, TownshipScope.System("rollup"), clock))
            Assert.Equal(new RollupRefresh(1, 1, 1), await FigureRollups.RefreshChangedAsync(job, [KnownYear.Year], (0, 2)));

        var rollupWrites = commands.Texts.Where(c => c.Contains("\"FigureRollups\"", StringComparison.Ordinal)
            && (c.Contains("UPDATE", StringComparison.Ordinal) || c.Contains("INSERT", StringComparison.Ordinal))).ToList();
        var firstConfirmation = rollupWrites.FindIndex(c => c.Contains("\"AuditEntries\"", StringComparison.Ordinal));
        var firstRecompute = rollupWrites.FindIndex(c => c.Contains("\"Value\"", StringComparison.Ordinal));
        Assert.True(firstConfirmation >= 0 && firstRecompute >= 0, string.Join("\n---\n", rollupWrites));
        Assert.True(firstConfirmation < firstRecompute, "the sweep's recompute ran before the unchanged rows were confirmed");

        await using var read = database.System();
        var times = await read.FigureRollups.AsNoTracking().Where(r => r.Year == KnownYear.Year).Select(r => r.ComputedUtc).ToListAsync();
        Assert.Equal(2, times.Count);
        Assert.All(times, t => Assert.Equal(clock.GetUtcNow().UtcDateTime, t));
    }

    /// <summary>Every statement a context sends, in order.</summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
