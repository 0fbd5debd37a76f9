using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Testing.Suggestions;
using Township.Congress.Web.Features.Audit;

namespace Township.Congress.Web.Tests.Features.Audit;

/// <summary>The audit as people read it: Chinese, names not keys, labels not enum names, personal data masked for chairs.</summary>
public partial class AuditReadingTests
{
    private const string IdNumber = "11010519491231002X";
    private const string Phone = "13912345678";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DeputyEditReadsInChineseWithNamesAndNoPersonalDataForTheChair(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var id = county.DeputyOfOne.Id;
        await using (var secretary = database.Context(county.SecretaryOfOne))
        {
            var input = DeputyInput.From(await secretary.Deputies.AsNoTracking().SingleAsync(d => d.Id == id));
            input.Phone = Phone;
            input.IdCardNumber = IdNumber;
            input.Gender = null; // read from the number, which must agree with it
            input.VillageId = county.VillageOfOne.Id;
            input.Category = DeputyCategory.Teacher;
            await new DeputyService(secretary).UpdateAsync(id, input, version: 0);
        }

        await using var check = database.System();
        var stored = await check.AuditEntries.SingleAsync(a => a.EntityKey == id.ToString() && a.Action == AuditAction.Update);
        Assert.DoesNotContain(IdNumber, stored.Changes); // the audit is no second copy of personal data
        Assert.DoesNotContain(Phone, stored.Changes);

        await using var chair = database.Context(county.ChairOfOne);
        var page = await chair.SearchAuditAsync(new AuditSearch { EntityKey = id.ToString() });
        var row = (await AuditRows.DescribeAsync(chair, page.Items)).Single(r => r.Entry.Action == AuditAction.Update);
        Assert.Equal($"代表 {county.DeputyOfOne.Name}", row.Record);
        Assert.Contains("联系电话: ", row.Changes);
        Assert.Contains("公民身份号码: ", row.Changes);
        Assert.Contains($"村（社区）: （空） → {county.VillageOfOne.Name}", row.Changes);
        Assert.Contains("代表结构: ", row.Changes);
        Assert.Contains("教师", row.Changes);
        Assert.DoesNotContain("Teacher", row.Changes);
        Assert.DoesNotContain(county.VillageOfOne.Id.ToString(), row.Changes);
        Assert.DoesNotMatch(Guid(), row.Changes);
        Assert.DoesNotMatch(FullIdNumber(), row.Changes);
        Assert.DoesNotMatch(FullMobile(), row.Changes);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FilteringBySuggestionsAndSearchingTheNumberFindsTheItemsRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, new DateOnly(2026, 3, 2));
        var item = await w.CreateAsync();
        var other = await w.CreateAsync(w.Input("关于整治河道的建议"));
        await w.AssignAsync(item.Id);

        await using var admin = database.Context(TownshipScope.Administrator("admin", System.Guid.NewGuid()));
        var page = await admin.SearchAuditAsync(new AuditSearch { Category = "suggestions", Text = item.Number });
        Assert.Contains(page.Items, a => a.EntityType == "Suggestion" && a.EntityKey == item.Id.ToString() && a.Action == AuditAction.Insert);
        Assert.Contains(page.Items, a => a.EntityType == "SuggestionEvent");
        Assert.DoesNotContain(page.Items, a => a.EntityKey == other.Id.ToString());
        Assert.All(page.Items, a => Assert.StartsWith("Suggestion", a.EntityType));

        var rows = await AuditRows.DescribeAsync(admin, page.Items);
        Assert.Contains(rows, r => r.Record == $"议案建议 {item.Number}");
        Assert.Contains(rows, r => r.Record == $"办理过程 {item.Number}");
        // The step from the timeline: labels, not enum names.
        var step = rows.First(r => r.Entry.EntityType == "SuggestionEvent" && r.Changes.Contains("新状态"));
        Assert.DoesNotMatch(EnumName(), step.Changes);

        var byDeputy = await admin.SearchAuditAsync(new AuditSearch { Category = "deputies", Text = w.Deputies[0].Name });
        Assert.Contains(byDeputy.Items, a => a.EntityKey == w.Deputies[0].Id.ToString());
    }

    [Fact]
    public void EnumValuesReadAsTheirLabels()
    {
        Assert.Equal(SuggestionLabels.Of(SuggestionState.Answered), AuditValues.EnumLabel(typeof(SuggestionState), "Answered"));
        Assert.Equal(DeputyLabels.Status[DeputyStatus.Resigned], AuditValues.EnumLabel(typeof(DeputyStatus), "Resigned"));
        // An election's state read "Recorded" in the audit before it had labels.
        Assert.Equal("已计票", AuditValues.EnumLabel(typeof(ElectionStatus), "Recorded"));
        Assert.Equal(DeputyLabels.Levels(DeputyLevels.Township | DeputyLevels.County), AuditValues.EnumLabel(typeof(DeputyLevels), "Township, County"));
        Assert.Equal("办理状态", AuditValues.FieldName("Suggestion", "State"));
        Assert.Equal("联系电话", AuditValues.FieldName("Deputy", "Phone"));
    }

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx]")]
    private static partial Regex FullIdNumber();

    [GeneratedRegex(@"(?<!\d)1\d{10}(?!\d)")]
    private static partial Regex FullMobile();

    [GeneratedRegex(@"\b(Submitted|Registered|Assigned|Handling|Answered|Evaluated)\b")]
    private static partial Regex EnumName();
}
