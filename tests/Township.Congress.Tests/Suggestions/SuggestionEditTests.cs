using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Suggestions;

public class SuggestionEditTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnItemIsEditedOnItsVersionUntilItIsAssigned(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var item = await w.CreateAsync();

        var edit = w.Input("关于硬化新民村三组道路的建议", coSigners: 1);
        await using (var db = w.Context(w.Secretary))
        {
            item = await w.Service(db).UpdateAsync(item.Id, edit, item.Version);
        }
        await using (var db = w.Context(w.Secretary))
        {
            var saved = await db.Suggestions.Include(s => s.Signers).SingleAsync(s => s.Id == item.Id);
            Assert.Equal(("关于硬化新民村三组道路的建议", 2), (saved.Title, saved.Signers.Count));
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => w.Service(db).UpdateAsync(item.Id, w.Input("再改"), item.Version - 1));
        }
        await w.AssignAsync(item.Id);
        await using (var db = w.Context(w.Secretary))
        {
            var current = await db.Suggestions.SingleAsync(s => s.Id == item.Id);
            var late = await Assert.ThrowsAsync<DomainValidationException>(() => w.Service(db).UpdateAsync(item.Id, w.Input("交办后再改"), current.Version));
            Assert.Contains("不能再修改", late.Message);
        }
    }
}
