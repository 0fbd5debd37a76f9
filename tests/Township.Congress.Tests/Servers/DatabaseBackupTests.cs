using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Places;
using Township.Congress.Servers;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;
using static Township.Congress.Testing.Sessions.AgendaFiles;

namespace Township.Congress.Tests.Servers;

public class DatabaseBackupTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RestoreBringsBackExactlyTheBackedUpStateAttachmentsIncluded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        AgendaDocumentInfo report;
        await using (var db = database.Context(county.SecretaryOfOne))
        {
            var item = await AgendaItemOfOneAsync(db, county);
            report = await new AgendaDocumentService(db, new DocumentOptions()).UploadAsync(item.Id, "政府工作报告.pdf", new MemoryStream(Pdf));
        }
        var backup = new DatabaseBackup(provider, database.ConnectionString);
        var file = Path.Combine(Path.GetTempPath(), $"congress-backup-{Guid.NewGuid():N}.bak");
        try
        {
            var backedUp = await FingerprintAsync(database);
            await backup.BackupAsync(file);

            await using (var db = database.Context(county.SecretaryOfOne))
            {
                db.Villages.Add(new Village { TownshipId = county.One.Id, Name = "东风村" });
                (await db.Deputies.SingleAsync(d => d.Id == county.DeputyOfOne.Id)).WorkUnit = "镇农业服务中心";
                await db.SaveChangesAsync();
                var documents = new AgendaDocumentService(db, new DocumentOptions());
                await documents.DeleteAsync(report.Id, report.Version);
                await documents.UploadAsync(report.AgendaItemId, "预算草案.docx", new MemoryStream(Docx()));
            }
            var changed = await FingerprintAsync(database);
            Assert.NotEqual(backedUp["Villages"], changed["Villages"]);
            Assert.NotEqual(backedUp["Deputies"], changed["Deputies"]);
            Assert.NotEqual(backedUp["AgendaDocument"], changed["AgendaDocument"]);
            Assert.NotEqual(backedUp["AuditEntries"], changed["AuditEntries"]);

            await backup.RestoreAsync(file);

            Assert.Equal(backedUp, await FingerprintAsync(database));
            await using var check = database.System();
            Assert.Equal(Pdf, (await check.Set<AgendaDocument>().SingleAsync()).Content);
            Assert.Equal(report.Id, (await check.Set<AgendaDocument>().SingleAsync()).Id);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RestoreFromAFileThatIsNoBackupFailsAndLeavesTheDatabaseAsItWas(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SmallCounty.SeedAsync(database);
        var file = Path.Combine(Path.GetTempPath(), $"congress-backup-{Guid.NewGuid():N}.bak");
        await File.WriteAllBytesAsync(file, "not a backup at all, only some text that is long enough"u8.ToArray());
        try
        {
            var before = await FingerprintAsync(database);
            await Assert.ThrowsAnyAsync<Exception>(() => new DatabaseBackup(provider, database.ConnectionString).RestoreAsync(file));
            Assert.Equal(before, await FingerprintAsync(database));
            await Assert.ThrowsAsync<FileNotFoundException>(() => new DatabaseBackup(provider, database.ConnectionString).RestoreAsync(file + ".missing"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<SortedDictionary<string, (long Rows, string Hash)>> FingerprintAsync(TestDatabase database)
    {
        await using var db = database.System();
        return await DatabaseFingerprint.OfAsync(db);
    }
}
