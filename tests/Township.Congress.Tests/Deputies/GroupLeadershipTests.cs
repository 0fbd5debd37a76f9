using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Deputies;

/// <summary>A group's 组长/副组长 is always one of its members, whichever way a deputy is moved.</summary>
public class GroupLeadershipTests
{
    private static async Task<(DeputyGroup Second, Guid Leader, Guid Deputy)> WithLeadersAsync(TestDatabase database, SmallCounty county)
    {
        await using var db = database.Context(county.SecretaryOfOne);
        var ids = await db.Deputies.Where(d => d.TownshipId == county.One.Id).OrderBy(d => d.Name).Select(d => d.Id).ToListAsync();
        var group = await db.DeputyGroups.SingleAsync(g => g.Id == county.GroupOfOne.Id);
        await new DeputyGroupService(db).SetMembersAsync(group.Id, ids, ids[0], ids[1], group.Version);
        var second = await new DeputyGroupService(db).CreateAsync(county.One.Id, "第二代表小组");
        return (second, ids[0], ids[1]);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MovingTheLeaderToAnotherGroupClearsTheOldGroupsLeader(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var (second, leader, deputyLeader) = await WithLeadersAsync(database, county);

        await using (var db = database.Context(county.SecretaryOfOne))
        {
            var ended = await GroupLeadership.RolesEndedByMovingAsync(db, [leader, deputyLeader], second.Id, default);
            Assert.Equal(2, ended.Count);
            Assert.Contains(ended, s => s.EndsWith("现任第一代表小组组长", StringComparison.Ordinal));
            Assert.Contains(ended, s => s.EndsWith("现任第一代表小组副组长", StringComparison.Ordinal));
            await new DeputyGroupService(db).SetMembersAsync(second.Id, [leader], leader, null, second.Version);
        }

        await using var check = database.System();
        var first = await check.DeputyGroups.SingleAsync(g => g.Id == county.GroupOfOne.Id);
        Assert.Null(first.LeaderId);
        Assert.Equal(deputyLeader, first.DeputyLeaderId);
        Assert.Equal(leader, (await check.DeputyGroups.SingleAsync(g => g.Id == second.Id)).LeaderId);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MovingTheDeputyLeaderOnTheFormOrByImportClearsTheRoleToo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var (second, leader, deputyLeader) = await WithLeadersAsync(database, county);

        await using (var db = database.Context(county.SecretaryOfOne))
        {
            var d = await db.Deputies.SingleAsync(x => x.Id == deputyLeader);
            var input = DeputyInput.From(d);
            input.GroupId = second.Id;
            await new DeputyService(db).UpdateAsync(d.Id, input, d.Version);
        }
        await using (var check = database.System())
        {
            var first = await check.DeputyGroups.SingleAsync(g => g.Id == county.GroupOfOne.Id);
            Assert.Equal((leader, (Guid?)null), (first.LeaderId!.Value, first.DeputyLeaderId));
        }

        await using (var db = database.Context(county.SecretaryOfOne))
        {
            var rows = new MemoryStream(await RosterSpreadsheet.ExportAsync(db, county.One.Id));
            var sheet = MiniExcelLibs.MiniExcel.Query(rows, useHeaderRow: true).Cast<IDictionary<string, object?>>()
                .Select(r => r.ToDictionary(c => c.Key, c => c.Value)).ToList();
            var leaderName = (await db.Deputies.SingleAsync(x => x.Id == leader)).Name;
            sheet.Single(r => (string)r[RosterColumns.Name]! == leaderName)[RosterColumns.Group] = "第二代表小组";
            var result = await new RosterImport(db).ImportAsync(county.One.Id, Sheets.Of([.. sheet]));
            Assert.True(result.Succeeded, string.Join("；", result.Errors.Select(e => e.Reason)));
        }
        await using var after = database.System();
        Assert.Null((await after.DeputyGroups.SingleAsync(g => g.Id == county.GroupOfOne.Id)).LeaderId);
    }
}
