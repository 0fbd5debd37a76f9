using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Suggestions;

namespace Township.Congress.Web.Tests.Http;

/// <summary>Suggestions over HTTP; the topics are in SuggestionApiTests.*.cs, sharing one app and these helpers.</summary>
public partial class SuggestionApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static object NewItem(Guid townshipId, Guid leadDeputyId, string title) => new
    {
        townshipId,
        suggestion = new { kind = "Suggestion", title, text = $"{title}：村民出行困难，请尽快解决。", leadDeputyId, source = "ConstituentContact" },
    };

    private async Task<(HttpClient Client, Guid Lead)> Town01Async()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        await using var db = app.SystemContext();
        var lead = await db.Deputies.Where(d => d.TownshipId == seed.One && d.Status == Township.Congress.Deputies.DeputyStatus.InOffice).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        return (await app.LoginAsync("town01"), lead);
    }
}
