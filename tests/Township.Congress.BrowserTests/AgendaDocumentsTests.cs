using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Sessions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>town01 attaches a document to an agenda item, downloads it, is refused a disguised file, and deletes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgendaDocumentsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_uploads_downloads_and_deletes_an_agenda_document()
    {
        Guid sessionId;
        await using (var db = fixture.SystemDb())
        {
            var township = await db.Townships.SingleAsync(t => t.Number == 1);
            sessionId = await db.Set<AgendaItem>().Where(a => a.TownshipId == township.Id)
                .OrderBy(a => a.SessionId).Select(a => a.SessionId).FirstAsync();
        }
        var pdf = "%PDF-1.4\n% 政府工作报告\n%%EOF\n"u8.ToArray();
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, $"/sessions/{sessionId}");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_uploads_downloads_and_deletes_an_agenda_document), async () =>
        {
            var item = page.GetByTestId("agenda-item").First;
            await Expect(item.GetByTestId("agenda-documents")).ToBeVisibleAsync();
            await item.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload
            {
                Name = "政府工作报告.pdf", MimeType = "application/pdf", Buffer = pdf,
            });
            var link = item.GetByTestId("agenda-document-link");
            await Expect(link).ToHaveTextAsync("政府工作报告.pdf");

            var href = await link.GetAttributeAsync("href");
            var download = await page.Context.APIRequest.GetAsync(href!);
            Assert.Equal(200, download.Status);
            Assert.Equal(pdf, await download.BodyAsync());

            // Text renamed .pdf: the server looks at the bytes and refuses it.
            await item.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload
            {
                Name = "伪装.pdf", MimeType = "application/pdf", Buffer = "这不是PDF"u8.ToArray(),
            });
            await Expect(page.Locator(".mud-snackbar").Filter(new() { HasTextRegex = new Regex("只可上传PDF") })).ToBeVisibleAsync();
            await Expect(item.GetByTestId("agenda-document")).ToHaveCountAsync(1);

            await item.GetByTestId("agenda-document-delete").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Expect(dialog).ToContainTextAsync("政府工作报告.pdf");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
            await Expect(item.GetByTestId("agenda-document")).ToHaveCountAsync(0);
            await Expect(item.GetByTestId("agenda-no-documents")).ToBeVisibleAsync();
        });
        await using var check = fixture.SystemDb();
        Assert.False(await check.Set<AgendaDocument>().AnyAsync(d => d.FileName == "政府工作报告.pdf"));
    }
}
