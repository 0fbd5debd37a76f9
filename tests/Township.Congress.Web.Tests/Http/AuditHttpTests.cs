using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;

namespace Township.Congress.Web.Tests.Http;

/// <summary>Refused writes leave one audit row; the audit page is the chair's and the administrator's by policy.</summary>
public class AuditHttpTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    [Theory]
    [InlineData("chair05", 5)]
    [InlineData("county", 6)]
    public async Task AReadOnlyUsersRefusedWriteLeavesExactlyOneAuditRow(string login, int townshipNumber)
    {
        Guid township;
        await using (var db = app.SystemContext())
            township = await db.Townships.Where(t => t.Number == townshipNumber).Select(t => t.Id).SingleAsync();
        var client = await app.LoginAsync(login);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies?townshipId={township}&pageSize=1");
        var item = list.GetProperty("items")[0];
        var id = item.GetProperty("id").GetGuid();

        var response = await client.PostAsJsonAsync($"/api/v1/deputies/{id}/status",
            new { status = "Resigned", effectiveOn = "2025-01-01", reason = "测试", version = item.GetProperty("version").GetInt64() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var check = app.SystemContext();
        var row = await check.AuditEntries.SingleAsync(a => a.UserName == login && a.Action == AuditAction.WriteRefused);
        Assert.Equal(township, row.TownshipId);
        Assert.Contains("/status", row.Changes);
    }

    [Fact]
    public async Task AnImportRefusedWithoutAnExceptionIsAuditedToo()
    {
        var client = await app.LoginAsync("chair07");
        Guid township;
        await using (var db = app.SystemContext())
            township = await db.Townships.Where(t => t.Number == 7).Select(t => t.Id).SingleAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "花名册.xlsx" } };

        var response = await client.PostAsync($"/api/v1/townships/{township}/deputies/import", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var check = app.SystemContext();
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.UserName == "chair07" && a.Action == AuditAction.WriteRefused));
    }

    [Fact]
    public async Task ChairSeesMaskedIdNumbersInTheApi()
    {
        var client = await app.LoginAsync("chair02");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/deputies?pageSize=20");
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            var deputy = await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies/{item.GetProperty("id").GetGuid()}");
            if (deputy.GetProperty("idCardNumber").GetString() is { Length: > 0 } id) Assert.Contains("*", id);
            if (deputy.GetProperty("phone").GetString() is { Length: > 0 } phone) Assert.Contains("*", phone);
        }
    }

    [Theory]
    [InlineData("chair01", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("town01", HttpStatusCode.Redirect)]
    [InlineData("county", HttpStatusCode.Redirect)]
    public async Task TheAuditPageFollowsTheScopePolicy(string login, HttpStatusCode expected)
    {
        var client = await app.LoginAsync(login);
        var response = await client.GetAsync("/audit");
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect) Assert.Contains("/forbidden", response.Headers.Location?.ToString());
    }
}
