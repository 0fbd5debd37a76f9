using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Deputies;
using Township.Congress.Places;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Auditing;

public class AuditChainTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyPassesOnTheDemoCountyAfterEditsThroughTheServicesAndABulkSuggestionImport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        var township = await SystemAsync(database, db => db.Townships.OrderBy(t => t.Number).FirstAsync());
        var secretary = TownshipScope.Secretary("town01", Guid.NewGuid(), township.Id);
        await using (var db = database.Context(secretary))
        {
            var deputies = await db.Deputies.Where(d => d.TownshipId == township.Id && d.Status == DeputyStatus.InOffice).OrderBy(d => d.Id).Take(20).ToListAsync();
            deputies[0].WorkUnit = "镇农业服务中心";
            db.Villages.Add(new Village { TownshipId = township.Id, Name = "东风村" });
            await db.SaveChangesAsync();
            var service = new SuggestionService(db, WorkCalendar.WeekendsOnly);
            await service.CreateAsync(township.Id, Input(deputies[1], 0));
            var import = await service.CreateManyAsync(township.Id, deputies.Select((d, i) => Input(d, i + 1)).ToList());
            Assert.Empty(import.Errors);
        }

        await using var chain = database.System();
        var sealedRows = await AuditChain.SealAsync(chain);
        var verification = await AuditChain.VerifyAsync(chain);
        Assert.True(verification.Ok, verification.Describe());
        Assert.Equal(sealedRows, verification.CheckedRows);
        Assert.Equal(await chain.AuditEntries.CountAsync(), verification.CheckedRows);
        Assert.True(verification.CheckedRows >= 1 + 2 + 2 + 20 * 2, $"{verification.CheckedRows} rows"); // edits, one item, twenty imported with their timeline
        Assert.Equal(0, verification.UnsealedRows);
        Assert.Equal(0, await AuditChain.SealAsync(chain)); // nothing new: sealing again changes nothing
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyFindsTheFirstRowAlteredInsertedOrDeletedDirectlyInTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await EditVillagesAsync(database, county, 4);
        await using var db = database.System();
        await AuditChain.SealAsync(db);
        Assert.True((await AuditChain.VerifyAsync(db)).Ok);
        var head = await db.AuditChainStates.AsNoTracking().SingleAsync();
        Assert.True(head.HeadSeq >= 8);

        // Altered: one field of the third row, as an UPDATE typed at the database.
        var third = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Seq == 3);
        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"UserName\" = {"someone-else"} WHERE \"Seq\" = 3");
        Assert.Equal(new AuditBreak(3, third.Id, AuditBreakKind.Altered), (await AuditChain.VerifyAsync(db)).FirstBreak);
        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"UserName\" = {third.UserName} WHERE \"Seq\" = 3");
        Assert.True((await AuditChain.VerifyAsync(db)).Ok);

        // Inserted: a well-formed row with a valid hash after the head, as a forger would add it.
        var forged = new AuditEntry
        {
            AtUtc = DateTime.UtcNow, UserName = "forger", Action = AuditAction.Delete, EntityType = "Deputy", EntityKey = Guid.NewGuid().ToString(),
            Changes = "{}", Seq = head.HeadSeq + 1, PrevHash = head.HeadHash,
        };
        forged.Hash = AuditChain.HashOf(forged);
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"AuditEntries\" (\"Id\", \"AtUtc\", \"UserName\", \"Action\", \"EntityType\", \"EntityKey\", \"Changes\", \"Seq\", \"PrevHash\", \"Hash\") VALUES ({forged.Id}, {forged.AtUtc}, {forged.UserName}, {forged.Action.ToString()}, {forged.EntityType}, {forged.EntityKey}, {forged.Changes}, {forged.Seq}, {forged.PrevHash}, {forged.Hash})");
        Assert.Equal(new AuditBreak(head.HeadSeq + 1, forged.Id, AuditBreakKind.Inserted), (await AuditChain.VerifyAsync(db)).FirstBreak);
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {forged.Id}");
        Assert.True((await AuditChain.VerifyAsync(db)).Ok);

        // Deleted: the last row, then one in the middle (reported where the gap starts).
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Seq\" = {head.HeadSeq}");
        Assert.Equal(new AuditBreak(head.HeadSeq, null, AuditBreakKind.Removed), (await AuditChain.VerifyAsync(db)).FirstBreak);
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Seq\" = 5");
        var broken = await AuditChain.VerifyAsync(db);
        Assert.Equal(new AuditBreak(5, null, AuditBreakKind.Removed), broken.FirstBreak);
        Assert.False(broken.Ok);
        Assert.Contains("5", broken.Describe());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RowsWrittenByConcurrentWritersWhileSealingRunsAreAllSealedIntoOneUnbrokenChain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        using var stop = new CancellationTokenSource();
        var sealer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var db = database.System();
                await AuditChain.SealAsync(db);
            }
        });
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() => EditVillagesAsync(database, county, 10, $"{w}"))).ToArray();
        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await sealer;

        await using var check = database.System();
        await AuditChain.SealAsync(check);
        var verification = await AuditChain.VerifyAsync(check);
        Assert.True(verification.Ok, verification.Describe());
        Assert.Equal(await check.AuditEntries.CountAsync(), verification.CheckedRows);
    }

    /// <summary>Adds and renames villages of township one as its secretary: two audit rows each.</summary>
    internal static async Task EditVillagesAsync(TestDatabase database, SmallCounty county, int count, string tag = "", TimeProvider? clock = null)
    {
        for (var i = 0; i < count; i++)
        {
            await using var db = database.Context(county.SecretaryOfOne, clock);
            var village = new Village { TownshipId = county.One.Id, Name = $"新村{tag}-{i}" };
            db.Villages.Add(village);
            await db.SaveChangesAsync();
            village.Name += "（更名）";
            await db.SaveChangesAsync();
        }
    }

    private static SuggestionInput Input(Deputy lead, int n) => new()
    {
        Title = $"关于修缮第{n}号村道的建议", Text = "村道年久失修，雨天泥泞，群众出行不便。", LeadDeputyId = lead.Id,
    };

    private static async Task<T> SystemAsync<T>(TestDatabase database, Func<CongressDbContext, Task<T>> read)
    {
        await using var db = database.System();
        return await read(db);
    }
}
