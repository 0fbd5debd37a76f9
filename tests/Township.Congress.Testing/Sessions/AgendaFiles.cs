using System.IO.Compression;
using System.Text;
using Township.Congress.Data;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Testing.Sessions;

/// <summary>The smallest agenda documents the upload accepts, for the service tests and the HTTP tests alike.</summary>
public static class AgendaFiles
{
    /// <summary>A planned session of township one with one agenda item, made through the service, to attach documents to.</summary>
    public static async Task<AgendaItem> AgendaItemOfOneAsync(CongressDbContext db, SmallCounty county)
    {
        var service = new SessionService(db);
        var session = await service.CreateAsync(county.One.Id, new SessionInput
        {
            PlannedStart = new DateOnly(2025, 3, 8), PlannedEnd = new DateOnly(2025, 3, 9), Venue = "镇政府大会议室",
        });
        return await service.AddAgendaItemAsync(session.Id, AgendaItemKind.GovernmentReport, "听取和审议政府工作报告");
    }

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    /// <summary>The smallest package Word would recognise: content types and a document part.</summary>
    public static byte[] Docx() => Package("word/document.xml",
        """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>""");

    /// <summary>A zip package holding the content types and one <paramref name="part"/>.</summary>
    public static byte[] Package(string part, string xml)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                w.Write("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            using (var w = new StreamWriter(zip.CreateEntry(part).Open()))
                w.Write(xml);
        }
        return buffer.ToArray();
    }
}
