using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Sessions;
using UglyToad.PdfPig;

namespace Township.Congress.Web.Tests.Http;

public class SessionPrintApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    [Fact]
    public async Task MinutesOfAPlannedSessionAre409InChineseWhileItsSignInSheetListsTheDeputies()
    {
        var client = await app.LoginAsync("town03");
        var townshipId = (await client.GetFromJsonAsync<JsonElement>("/api/v1/sessions"))[0].GetProperty("townshipId").GetGuid();
        Guid sessionId;
        await using (var db = app.SystemContext())
        {
            var day = new DateOnly(DateTime.UtcNow.Year + 1, 3, 2);
            sessionId = (await new SessionService(db).CreateAsync(townshipId, new SessionInput { PlannedStart = day, PlannedEnd = day, Venue = "镇政府会议室" })).Id;
            Assert.Equal(SessionStatus.Planned, (await db.Sessions.SingleAsync(s => s.Id == sessionId)).Status);
        }

        var minutes = await client.GetAsync($"/api/v1/sessions/{sessionId}/minutes.pdf");
        Assert.Equal(HttpStatusCode.Conflict, minutes.StatusCode);
        Assert.Equal("application/problem+json", minutes.Content.Headers.ContentType?.MediaType);
        var problem = await minutes.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("会议尚未举行", problem.GetProperty("detail").GetString());

        var sheet = await client.GetAsync($"/api/v1/sessions/{sessionId}/sign-in-sheet.pdf");
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        using var pdf = PdfDocument.Open(await sheet.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.DoesNotContain("应到代表0名", text);
        Assert.Contains("合计", text);
    }
}
