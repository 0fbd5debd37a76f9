using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Deputies;

public class DeputyGroupServiceTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GroupGetsMembersAndLeaders(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var service = new DeputyGroupService(db);
        var ids = await db.Deputies.OrderBy(d => d.Name).Select(d => d.Id).ToListAsync();

        var group = await service.CreateAsync(county.One.Id, "第二代表小组");
        await service.SetMembersAsync(group.Id, [ids[0], ids[1]], ids[0], ids[1], group.Version);

        var list = await service.ListAsync(county.One.Id);
        var saved = list.Single(g => g.Name == "第二代表小组");
        Assert.Equal(2, saved.Members.Count);
        Assert.Equal((ids[0], ids[1]), (saved.LeaderId!.Value, saved.DeputyLeaderId!.Value));
        Assert.Single(list.Single(g => g.Name == "第一代表小组").Members);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LeaderMustBeAMemberAndNamesAreUnique(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var service = new DeputyGroupService(db);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.SetMembersAsync(county.GroupOfOne.Id, [county.DeputyOfOne.Id], Guid.NewGuid(), null, 0));
        Assert.Contains(e.Errors, x => x.Message == "组长必须是本小组成员。");
        var foreign = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.SetMembersAsync(county.GroupOfOne.Id, [county.DeputyOfTwo.Id], null, null, 0));
        Assert.Contains(foreign.Errors, x => x.Field == "Members");
        var duplicate = await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(county.One.Id, "第一代表小组"));
        Assert.Contains("已有", duplicate.Message);
    }
}
