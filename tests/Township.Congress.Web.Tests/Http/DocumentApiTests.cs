using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Sessions;
using Township.Congress.Testing.Sessions;

namespace Township.Congress.Web.Tests.Http;

public class DocumentApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string claimedType)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        form.Add(file, "file", fileName);
        return form;
    }

    [Fact]
    public async Task UploadListDownloadAndDeleteThroughTheApi()
    {
        Guid itemId;
        await using (var db = app.SystemContext())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            itemId = await db.Set<AgendaItem>().Where(a => a.TownshipId == one.Id).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        }
        var client = await app.LoginAsync("town01");
        var docx = AgendaFiles.Docx();

        var created = await client.PostAsync($"/api/v1/agenda-items/{itemId}/documents", Upload(docx, "预算草案.docx", "application/octet-stream"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var info = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(AgendaDocumentService.Docx, info.GetProperty("contentType").GetString());
        var id = info.GetProperty("id").GetGuid();

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/agenda-items/{itemId}/documents");
        var listed = Assert.Single(list.EnumerateArray(), d => d.GetProperty("id").GetGuid() == id);
        Assert.False(listed.TryGetProperty("content", out _));

        var download = await client.GetAsync($"/api/v1/documents/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(AgendaDocumentService.Docx, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("预算草案.docx", download.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(docx)), Convert.ToHexStringLower(SHA256.HashData(bytes)));

        // The browser's claimed type does not count: text named .pdf and sent as application/pdf is refused.
        var refused = await client.PostAsync($"/api/v1/agenda-items/{itemId}/documents",
            Upload("只是文本"u8.ToArray(), "报告.pdf", "application/pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("只可上传", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var stale = await client.DeleteAsync($"/api/v1/documents/{id}?version=7");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var deleted = await client.DeleteAsync($"/api/v1/documents/{id}?version={info.GetProperty("version").GetInt64()}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/documents/{id}")).StatusCode);
    }

    [Fact]
    public async Task FilesUpToTheLimitUploadAndLargerOnesAreRefused()
    {
        // The default limit is 20 MB: a 19 MB file goes through the multipart form, a 21 MB one is refused.
        Guid itemId;
        await using (var db = app.SystemContext())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            itemId = await db.Set<AgendaItem>().Where(a => a.TownshipId == one.Id).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        }
        var client = await app.LoginAsync("town01");
        var big = new byte[19 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(big);
        var created = await client.PostAsync($"/api/v1/agenda-items/{itemId}/documents", Upload(big, "大文件.pdf", "application/pdf"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var tooBig = new byte[21 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(tooBig);
        var refused = await client.PostAsync($"/api/v1/agenda-items/{itemId}/documents", Upload(tooBig, "太大.pdf", "application/pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}
