using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;
using static Township.Congress.Testing.Sessions.AgendaFiles;

namespace Township.Congress.Tests.Sessions;

public class AgendaDocumentServiceTests
{
    private static AgendaDocumentService Documents(CongressDbContext db, long maxBytes = DocumentOptions.DefaultMaxBytes) =>
        new(db, new DocumentOptions { MaxBytes = maxBytes });

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PdfAndDocxAreAcceptedAndRoundTripWithTheSameHash(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var item = await AgendaItemOfOneAsync(db, county);
        var documents = Documents(db);
        var docx = Docx();

        var pdf = await documents.UploadAsync(item.Id, "政府工作报告.pdf", new MemoryStream(Pdf));
        var word = await documents.UploadAsync(item.Id, @"C:\文件\预算草案.DOCX", new MemoryStream(docx));

        Assert.Equal(AgendaDocumentService.Pdf, pdf.ContentType);
        Assert.Equal(AgendaDocumentService.Docx, word.ContentType);
        Assert.Equal("预算草案.DOCX", word.FileName);
        Assert.Equal(docx.Length, word.SizeBytes);
        Assert.Equal("town01", pdf.UploadedBy);

        await using var other = database.Context(county.SecretaryOfOne);
        var list = await Documents(other).ListAsync(item.Id);
        Assert.Equal(new[] { "政府工作报告.pdf", "预算草案.DOCX" }.Order(StringComparer.Ordinal), list.Select(d => d.FileName).Order(StringComparer.Ordinal));
        var (name, type, bytes) = await Documents(other).DownloadAsync(word.Id);
        Assert.Equal(("预算草案.DOCX", AgendaDocumentService.Docx), (name, type));
        Assert.Equal(docx, bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(docx)), word.Sha256);
        Assert.Equal(word.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var bySession = await Documents(other).ListForSessionAsync(item.SessionId);
        Assert.Equal(2, bySession[item.Id].Count);
    }

    public static TheoryData<DatabaseProvider, string, string> Refused()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            data.Add(provider, "setup.exe", "exe");
            data.Add(provider, "报告.pdf", "text");
            data.Add(provider, "报告.pdf", "too-large");
            data.Add(provider, "报告.pdf", "empty");
            data.Add(provider, "报告.docx", "pdf");
            data.Add(provider, "表格.xlsx", "zip");
        }
        return data;
    }

    [Theory, MemberData(nameof(Refused))]
    public async Task OtherContentIsRefusedWithAChineseMessage(DatabaseProvider provider, string fileName, string content)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var item = await AgendaItemOfOneAsync(db, county);
        byte[] bytes = content switch
        {
            "exe" => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00],
            "text" => Encoding.UTF8.GetBytes("这是一个改了扩展名的文本文件。"),
            "too-large" => [.. Pdf, .. new byte[2048]],
            "empty" => [],
            "pdf" => Pdf,
            _ => ZipWithout(),
        };

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            Documents(db, maxBytes: 1024).UploadAsync(item.Id, fileName, new MemoryStream(bytes)));

        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
        var expected = content switch
        {
            "exe" or "text" or "zip" => "只可上传PDF",
            "too-large" => "文件过大",
            "empty" => "文件为空",
            _ => "扩展名",
        };
        Assert.Contains(expected, error.Message);
        db.ChangeTracker.Clear();
        Assert.False(await db.Set<AgendaDocument>().AnyAsync());
    }

    /// <summary>A zip that is no Office package.</summary>
    private static byte[] ZipWithout()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            w.Write("hello");
        return buffer.ToArray();
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherTownshipCanNeitherListNorDownloadNorDelete(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        AgendaItem item;
        AgendaDocumentInfo document;
        await using (var db = database.Context(county.SecretaryOfOne))
        {
            item = await AgendaItemOfOneAsync(db, county);
            document = await Documents(db).UploadAsync(item.Id, "报告.pdf", new MemoryStream(Pdf));
        }

        await using var two = database.Context(county.SecretaryOfTwo);
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => Documents(two).ListAsync(item.Id));
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => Documents(two).DownloadAsync(document.Id));
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => Documents(two).DeleteAsync(document.Id, document.Version));
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => Documents(two).UploadAsync(item.Id, "越权.pdf", new MemoryStream(Pdf)));
        Assert.Empty(await two.Set<AgendaDocument>().ToListAsync());

        await using var check = database.System();
        Assert.Equal(1, await check.Set<AgendaDocument>().CountAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DeleteNeedsTheCurrentVersionAndIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var item = await AgendaItemOfOneAsync(db, county);
        var document = await Documents(db).UploadAsync(item.Id, "照片.png", new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
        Assert.Equal(AgendaDocumentService.Png, document.ContentType);

        await using (var stale = database.Context(county.SecretaryOfOne))
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Documents(stale).DeleteAsync(document.Id, document.Version + 5));
        await using (var current = database.Context(county.SecretaryOfOne))
            await Documents(current).DeleteAsync(document.Id, document.Version);

        await using var check = database.System();
        Assert.False(await check.Set<AgendaDocument>().AnyAsync());
        var audit = await check.AuditEntries.Where(a => a.EntityType == nameof(AgendaDocument)).OrderBy(a => a.AtUtc).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.Contains("10 字节", audit[0].Changes);
        Assert.DoesNotContain("System.Byte", audit[1].Changes);
    }
}
