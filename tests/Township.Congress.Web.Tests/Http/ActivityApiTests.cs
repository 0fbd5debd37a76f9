using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Deputies;
using UglyToad.PdfPig;

namespace Township.Congress.Web.Tests.Http;

public class ActivityApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static readonly DateOnly Day = new(2026, 6, 18);

    [Fact]
    public async Task AVisitIsRecordedWithItsRollAndRectificationAndItsReportNamesOnlyThePresent()
    {
        var client = await app.LoginAsync("town01");
        List<(Guid Id, string Name)> deputies;
        await using (var db = app.SystemContext())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            var all = await db.Deputies.Include(d => d.StatusHistory).Where(d => d.TownshipId == one.Id).OrderBy(d => d.Id).ToListAsync();
            deputies = all.Where(d => TermOfOffice.InOfficeOn(d, d.StatusHistory, Day)).Take(4).Select(d => (d.Id, d.Name)).ToList();
        }
        var roll = deputies.Select((d, i) => new { deputyId = d.Id, status = i < 3 ? "Present" : "Absent" }).ToArray();
        var activity = new
        {
            kind = "Inspection", organiser = "Presidium", subject = "农村饮水安全工程建设情况", startsOn = Day, endsOn = Day, status = "Held",
            places = "镇自来水厂", findings = "部分管网老化", units = new[] { new { unitId = (Guid?)null, name = "镇水利站" } }, participants = roll,
            opinions = new[] { new { text = "加快管网改造", receivingUnitId = (Guid?)null, receivingUnitName = "镇人民政府", sentOn = Day.AddDays(5) } },
        };
        var created = await client.PostAsJsonAsync("/api/v1/activities", new
        {
            activity, rectifications = new[] { new { matter = "更换老化管网", ownerUnitName = "镇水利站", deadline = Day.AddDays(60) } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(3, body.GetProperty("personTimes").GetInt32());
        Assert.Equal(1, body.GetProperty("rectifications").GetArrayLength());

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/activities?year=2026&kind=Inspection&deputyId={deputies[0].Id}");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);

        var pdf = await client.GetAsync($"/api/v1/activities/{id}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            Assert.All(deputies.Take(3), d => Assert.Contains(d.Name, text));
            Assert.DoesNotContain(deputies[3].Name, text);
            Assert.Contains("更换老化管网", text);
        }

        // A stale version is a conflict; a blank subject is a 400 naming the field, in Chinese.
        var stale = await client.PutAsJsonAsync($"/api/v1/activities/{id}", new { version = 987, activity });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var blank = await client.PutAsJsonAsync($"/api/v1/activities/{id}", new
        {
            version = body.GetProperty("version").GetInt64(), activity = new { kind = "Inspection", organiser = "Presidium", subject = " ", startsOn = Day, endsOn = Day },
        });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("活动主题", (await blank.Content.ReadFromJsonAsync<JsonElement>()).ToString());

        // Another township's secretary does not see it.
        var other = await app.LoginAsync("town02");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/activities/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/activities/{id}", new { version = 0, activity })).StatusCode);
    }

    [Fact]
    public async Task AnOpinionNamesTheDeputiesPresentWhoVoicedItAndRefusesAnyoneElse()
    {
        var client = await app.LoginAsync("town01");
        List<(Guid Id, string Name)> deputies;
        await using (var db = app.SystemContext())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            var all = await db.Deputies.Include(d => d.StatusHistory).Where(d => d.TownshipId == one.Id).OrderByDescending(d => d.Id).ToListAsync();
            deputies = all.Where(d => TermOfOffice.InOfficeOn(d, d.StatusHistory, Day)).Take(2).Select(d => (d.Id, d.Name)).ToList();
        }
        object Activity(Guid speaker) => new
        {
            kind = "Survey", organiser = "Presidium", subject = "农村养老服务调研", startsOn = Day, endsOn = Day, status = "Held", places = "敬老院",
            participants = new[] { new { deputyId = deputies[0].Id, status = "Present" }, new { deputyId = deputies[1].Id, status = "Absent" } },
            opinions = new[] { new { text = "增加护理人员", receivingUnitId = (Guid?)null, receivingUnitName = "镇民政办", sentOn = Day.AddDays(2), speakerIds = new[] { speaker } } },
        };

        var refused = await client.PostAsJsonAsync("/api/v1/activities", new { activity = Activity(deputies[1].Id) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("记为出席的代表", (await refused.Content.ReadFromJsonAsync<JsonElement>()).ToString());

        var created = await client.PostAsJsonAsync("/api/v1/activities", new { activity = Activity(deputies[0].Id) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var opinion = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/activities/{id}")).GetProperty("opinions")[0];
        Assert.Equal(deputies[0].Id, Assert.Single(opinion.GetProperty("speakerIds").EnumerateArray()).GetGuid());
        Assert.Equal(deputies[0].Name, Assert.Single(opinion.GetProperty("speakerNames").EnumerateArray()).GetString());
    }
}
