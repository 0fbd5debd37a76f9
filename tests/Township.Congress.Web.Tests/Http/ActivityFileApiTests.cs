using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;

namespace Township.Congress.Web.Tests.Http;

/// <summary>Photos and files of an activity: the upload checks of every other upload, download, removal, and the township's walls.</summary>
public class ActivityFileApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static readonly byte[] Photo = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private static MultipartFormDataContent Upload(byte[] bytes, string name, string type)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", name);
        return form;
    }

    [Fact]
    public async Task APhotoIsCheckedStoredDownloadedAndRemovedAndAnotherTownshipSeesNothing()
    {
        Guid activityId;
        await using (var db = app.SystemContext())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            var activity = new Activity
            {
                TownshipId = one.Id, Kind = ActivityKind.Inspection, Organiser = ActivityOrganiser.Presidium, Subject = "视察乡村学校",
                StartsOn = new DateOnly(2026, 4, 2), EndsOn = new DateOnly(2026, 4, 2), Status = ActivityStatus.Held, Places = "中心小学",
            };
            db.Add(activity);
            await db.SaveChangesAsync();
            activityId = activity.Id;
        }
        var client = await app.LoginAsync("town01");

        var created = await client.PostAsync($"/api/v1/activities/{activityId}/files", Upload(Photo, "现场.png", "image/png"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var fileId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.EndsWith($"/api/v1/activity-files/{fileId}", created.Headers.Location!.ToString());

        // A program named like a photo is refused by its content, in Chinese, and nothing is stored.
        var disguised = await client.PostAsync($"/api/v1/activities/{activityId}/files", Upload("MZ\u0090\0fake"u8.ToArray(), "照片.png", "image/png"));
        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        Assert.Matches("[\u4e00-\u9fff]", await disguised.Content.ReadAsStringAsync());

        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/activities/{activityId}");
        var listed = Assert.Single(details.GetProperty("files").EnumerateArray());
        Assert.Equal("现场.png", listed.GetProperty("fileName").GetString());

        var download = await client.GetAsync($"/api/v1/activity-files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Photo, await download.Content.ReadAsByteArrayAsync());

        var other = await app.LoginAsync("town02");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/activity-files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/activity-files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/activities/{activityId}/files", Upload(Photo, "越权.png", "image/png"))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/activity-files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/activity-files/{fileId}")).StatusCode);
        await using (var db = app.SystemContext())
            Assert.Equal(0, await db.Set<ActivityFile>().CountAsync(f => f.ActivityId == activityId));
    }
}
