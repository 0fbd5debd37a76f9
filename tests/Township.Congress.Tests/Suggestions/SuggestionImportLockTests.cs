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
    /// When the import's write transaction begins, one more save is started alongside it; it must complete too.
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

    /// <summary>
    /// A 10,000-row import runs on a task while another township's secretary keeps editing a deputy
    /// (with the busy timeout the app has: Microsoft.Data.Sqlite waits up to its 30 s command timeout).
    /// Every edit must succeed, and edits must complete while the import reads and checks its rows,
    /// before its write begins: had the import taken the write lock at its start, none could.
    /// (Task.Run: the import runs on another thread while this one edits.)
    /// </summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADeputyEditInAnotherTownshipSavesWhileTenThousandRowsImport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var probe = new WhileImporting(onRead: () => { }, onInsert: () => { });
        var importOptions = new DbContextOptionsBuilder<CongressDbContext>(database.Options).AddInterceptors(probe).Options;
        var rows = Enumerable.Range(1, 10_000).Select(i => new Dictionary<string, object?>
        {
            [C.Title] = $"关于第{i}件收集意见的建议", [C.Text] = "群众反映的问题，请研究解决。", [C.LeadDeputy] = "张建国", [C.SubmittedOn] = "2026-02-20",
        }).ToArray();
        var sheet = Sheets.Of(rows);

        var import = Task.Run(async () =>
        {
            await using var importing = new CongressDbContext(importOptions, w.Secretary, w.Clock);
            return await new SuggestionImport(importing, WorkCalendar.WeekendsOnly).ImportAsync(w.County.One.Id, sheet);
        });
        var editsBeforeTheWrite = 0;
        var edits = 0;
        do
        {
            await using var db = new CongressDbContext(database.Options, w.County.SecretaryOfTwo, w.Clock);
            var deputy = await db.Deputies.AsNoTracking().SingleAsync(d => d.Id == w.County.DeputyOfTwo.Id);
            var input = Township.Congress.Deputies.DeputyInput.From(deputy);
            input.Phone = $"1390000{edits:0000}";
            await new Township.Congress.Deputies.DeputyService(db).UpdateAsync(deputy.Id, input, deputy.Version);
            edits++;
            if (!probe.Inserted && !import.IsCompleted) editsBeforeTheWrite++;
        }
        // Edits go on while the import reads and checks; one more after it (the write itself may take long on a loaded machine).
        while (!probe.Inserted && !import.IsCompleted);
        var result = await import;
        await using (var db = new CongressDbContext(database.Options, w.County.SecretaryOfTwo, w.Clock))
        {
            var deputy = await db.Deputies.AsNoTracking().SingleAsync(d => d.Id == w.County.DeputyOfTwo.Id);
            var input = Township.Congress.Deputies.DeputyInput.From(deputy);
            input.Phone = $"1390000{edits++:0000}";
            await new Township.Congress.Deputies.DeputyService(db).UpdateAsync(deputy.Id, input, deputy.Version);
        }

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Take(5)));
        Assert.Equal(10_000, result.Created);
        Assert.True(probe.Inserted, "the import's write was not seen");
        Assert.True(editsBeforeTheWrite > 0, $"{edits} edits, none while the import read and checked its rows");
        await using var check = database.System();
        Assert.Equal($"1390000{edits - 1:0000}", (await check.Deputies.SingleAsync(d => d.Id == w.County.DeputyOfTwo.Id)).Phone);
        Assert.Equal(10_000, await check.Suggestions.CountAsync(s => s.TownshipId == w.County.One.Id));
    }

    /// <summary>Runs one action after each of the import's queries, and another when its write transaction begins.</summary>
    private sealed class WhileImporting(Action onRead, Action onInsert) : DbCommandInterceptor, IDbTransactionInterceptor
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
            return ValueTask.FromResult(result);
        }

        // The rows are written by BulkInsert on the context's connection, in a transaction begun through EF.
        public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
            CancellationToken cancellationToken = default)
        {
            if (!Inserted)
            {
                Inserted = true;
                onInsert();
            }
            return ValueTask.FromResult(result);
        }
    }
}
