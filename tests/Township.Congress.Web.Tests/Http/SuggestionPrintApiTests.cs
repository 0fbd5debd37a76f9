using System.Net;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Formatting;
using Township.Congress.Suggestions;
using UglyToad.PdfPig;

namespace Township.Congress.Web.Tests.Http;

public class SuggestionPrintApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    [Fact]
    public async Task AssignmentLetterAndReplyFormArePrintedFromTheItem()
    {
        await using var db = app.SystemContext();
        var unit = await db.HandlingUnits.SingleAsync(u => u.Name == "县交通运输局");
        var item = await db.Suggestions
            .Where(s => s.State == SuggestionState.Handling && s.LeadUnitId == unit.Id && s.Round == 1)
            .OrderBy(s => s.Year).ThenBy(s => s.Sequence).FirstAsync();
        var township = await db.Townships.SingleAsync(t => t.Id == item.TownshipId);
        var client = await app.LoginAsync($"town{township.Number:D2}");

        var response = await client.GetAsync($"/api/v1/suggestions/{item.Id}/assignment-letter.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("县交通运输局", text);
        Assert.Contains(item.Number, text);
        Assert.Contains(ChineseDate.Format(item.Deadline), text);
        Assert.Contains(item.LeadDeputyName, text);
        Assert.Contains("答复表", text);
        Assert.Contains("□A类", text);

        // The unit itself may print it too; an item not yet assigned has no letter.
        var unitClient = await app.LoginAsync("unit01");
        Assert.Equal(HttpStatusCode.OK, (await unitClient.GetAsync($"/api/v1/suggestions/{item.Id}/assignment-letter.pdf")).StatusCode);
        var waiting = await db.Suggestions.FirstOrDefaultAsync(s => s.TownshipId == township.Id && s.State == SuggestionState.Submitted);
        if (waiting is not null)
        {
            var refused = await client.GetAsync($"/api/v1/suggestions/{waiting.Id}/assignment-letter.pdf");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("尚未交办", await refused.Content.ReadAsStringAsync());
        }
    }
}
