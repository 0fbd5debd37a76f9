using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Township.Congress.Data;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using C = Township.Congress.Suggestions.SuggestionImport.Columns;

namespace Township.Congress.Tests.Suggestions;

/// <summary>
/// SQLite has one write lock for the whole file: an import that held it while it read, checked
/// and numbered its rows made every other township's save fail with "database is locked". The
/// import now reads and checks with no transaction open and writes in one batched save.
/// </summary>
public class SuggestionImportLockTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>
    /// Each time the import reads, another township's secretary saves an item, with a busy timeout
    /// of one second: had the import taken the write lock, that save could not finish while the
    /// import waits for it, and fails with "database is locked" whatever the machine's speed.
    /// When the import's insert starts, one more save is started alongside it; it must complete too.
    /// </summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherTownshipsSaveCompletesWhileAnImportRuns(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var otherOptions = provider == DatabaseProvider.Sqlite
            ? CongressDatabase.BuildOptions(provider, database.ConnectionString + ";Default Timeout=1")
            : database.Options;
        var saves = new List<Task<Suggestion>>();
        async Task<Suggestion> SaveInTownshipTwoAsync()
        {
            await using var db = new CongressDbContext(otherOptions, w.County.SecretaryOfTwo, w.Clock);
            return await new SuggestionService(db, WorkCalendar.WeekendsOnly).CreateAsync(w.County.Two.Id, new SuggestionInput
            {
                Title = $"关于二号乡第{saves.Count + 1}件的建议", Text = "群众反映的问题，请研究解决。", LeadDeputyId = w.County.DeputyOfTwo.Id, SubmittedOn = Today,
            });
        }
        var probe = new WhileImporting(
            onRead: () => saves.Add(Task.FromResult(SaveInTownshipTwoAsync().GetAwaiter().GetResult())),
            onInsert: () => saves.Add(Task.Run(SaveInTownshipTwoAsync)));
        var importOptions = new DbContextOptionsBuilder<CongressDbContext>(database.Options).AddInterceptors(probe).Options;

        await using var importing = new CongressDbContext(importOptions, w.Secretary, w.Clock);
        var rows = Enumerable.Range(1, 60).Select(i => new Dictionary<string, object?>
        {
            [C.Title] = $"关于第{i}件收集意见的建议", [C.Text] = "群众反映的问题，请研究解决。", [C.LeadDeputy] = "张建国", [C.SubmittedOn] = "2026-02-20",
        }).ToArray();
        var result = await new SuggestionImport(importing, WorkCalendar.WeekendsOnly).ImportAsync(w.County.One.Id, Sheets.Of(rows));
        var saved = await Task.WhenAll(saves);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(60, result.Created);
        Assert.True(probe.Reads > 0 && probe.Inserted, $"reads {probe.Reads}, insert seen {probe.Inserted}");
        Assert.Equal(probe.Reads + 1, saved.Length);
        await using var check = database.System();
        Assert.Equal(60, await check.Suggestions.CountAsync(s => s.TownshipId == w.County.One.Id));
        Assert.Equal(saved.Length, await check.Suggestions.CountAsync(s => s.TownshipId == w.County.Two.Id));
    }

    /// <summary>Runs one action after each of the import's queries, and another when its first insert is sent.</summary>
    private sealed class WhileImporting(Action onRead, Action onInsert) : DbCommandInterceptor
    {
        public int Reads { get; private set; }
        public bool Inserted { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && !Inserted)
            {
                Reads++;
                onRead();
            }
            else if (command.CommandText.Contains("INSERT", StringComparison.OrdinalIgnoreCase) && !Inserted)
            {
                Inserted = true;
                onInsert();
            }
            return ValueTask.FromResult(result);
        }
    }
}
