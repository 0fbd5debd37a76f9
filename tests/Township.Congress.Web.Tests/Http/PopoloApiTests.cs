using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Sessions;

namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// The Popolo export of a demo township's term: every reference points to an object of the document, the counts are the
/// database's, no personal data leaves, and another township's term is not found.
/// </summary>
public class PopoloApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static readonly string[] Collections = ["areas", "organizations", "persons", "posts", "memberships", "events", "motions", "vote_events"];

    [Fact]
    public async Task TheTermsExportIsReferentiallyWholeAndCountsWhatTheDatabaseHolds()
    {
        Guid one, otherTerm;
        int deputies, villages, sessions, votes, perDeputy, groups;
        List<string> secrets;
        await using (var db = app.SystemContext())
        {
            one = await db.Townships.Where(t => t.Number == 1).Select(t => t.Id).SingleAsync();
            var term = await db.Terms.Where(t => t.TownshipId == one).OrderByDescending(t => t.IsCurrent).ThenByDescending(t => t.StartYear).FirstAsync();
            otherTerm = await db.Terms.Where(t => t.TownshipId != one).Select(t => t.Id).FirstAsync();
            deputies = await db.Deputies.CountAsync(d => d.TermId == term.Id);
            groups = await db.Deputies.Where(d => d.TermId == term.Id && d.GroupId != null).Select(d => d.GroupId).Distinct().CountAsync();
            villages = await db.Villages.CountAsync(v => v.TownshipId == one);
            var sessionIds = await db.Sessions.Where(s => s.TermId == term.Id).Select(s => s.Id).ToListAsync();
            sessions = sessionIds.Count;
            votes = await db.Set<SessionVote>().CountAsync(v => sessionIds.Contains(v.SessionId));
            perDeputy = await db.Set<DeputyVote>().Join(db.Set<SessionVote>().Where(v => sessionIds.Contains(v.SessionId)), x => x.VoteId, v => v.Id, (x, v) => x).CountAsync();
            secrets = (await db.Deputies.Where(d => d.TermId == term.Id).Select(d => new { d.IdCardNumber, d.Phone }).ToListAsync())
                .SelectMany(d => new[] { d.IdCardNumber, d.Phone }).OfType<string>().Where(x => x.Length > 6).ToList();
        }
        var client = await app.LoginAsync("town01");

        var response = await client.GetAsync($"/api/v1/townships/{one}/popolo.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;

        // Every object has an id, unique across the document; every *_id names one of them.
        var ids = new HashSet<string>();
        foreach (var collection in Collections)
            foreach (var item in root.GetProperty(collection).EnumerateArray())
                Assert.True(ids.Add(item.GetProperty("id").GetString()!), $"duplicate id in {collection}");
        var references = 0;
        void Check(JsonElement element, string path)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name.EndsWith("_id", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String)
                {
                    Assert.True(ids.Contains(property.Value.GetString()!), $"{path}.{property.Name} = {property.Value.GetString()} points nowhere");
                    references++;
                }
                if (property.Value.ValueKind == JsonValueKind.Array)
                    foreach (var nested in property.Value.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.Object)) Check(nested, $"{path}.{property.Name}");
            }
        }
        foreach (var collection in Collections)
            foreach (var item in root.GetProperty(collection).EnumerateArray()) Check(item, collection);
        Assert.True(references > deputies * 2);

        int Count(string collection, Func<JsonElement, bool> where) => root.GetProperty(collection).EnumerateArray().Count(where);
        Assert.Equal(villages + 1, root.GetProperty("areas").GetArrayLength());
        Assert.Equal(deputies, Count("memberships", m => m.GetProperty("role").GetString() == "deputy"));
        Assert.Equal(3 + groups, root.GetProperty("organizations").GetArrayLength());
        Assert.Equal(sessions + 1, root.GetProperty("events").GetArrayLength());
        Assert.Equal(1, Count("events", e => e.GetProperty("classification").GetString() == "legislative period"));
        Assert.True(votes > 0, "the demo township's term has votes to export");
        Assert.Equal(votes, root.GetProperty("motions").GetArrayLength());
        Assert.Equal(votes, root.GetProperty("vote_events").GetArrayLength());
        Assert.Equal(perDeputy, root.GetProperty("vote_events").EnumerateArray().Sum(v => v.GetProperty("votes").GetArrayLength()));
        Assert.All(root.GetProperty("vote_events").EnumerateArray(), v => Assert.Equal(["yes", "no", "abstain", "absent"],
            v.GetProperty("counts").EnumerateArray().Select(c => c.GetProperty("option").GetString())));
        // A public roster only: no ID-card or phone number of a deputy leaves in the export.
        Assert.NotEmpty(secrets);
        Assert.All(secrets, s => Assert.DoesNotContain(s, text));

        // Another township's term, an unknown term and an unknown township are not found.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/townships/{one}/popolo.json?termId={otherTerm}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/townships/{one}/popolo.json?termId={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/townships/{Guid.NewGuid()}/popolo.json")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/townships/{one}/popolo.json?termId=abc")).StatusCode);
    }
}
