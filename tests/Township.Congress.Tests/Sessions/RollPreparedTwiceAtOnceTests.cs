using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Township.Congress.Data;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Testing.Sessions;

namespace Township.Congress.Tests.Sessions;

/// <summary>
/// Two secretaries of one township press 准备名单 at the same moment (the load driver's 300 circuits did): the second save
/// met the first one's rows on the unique (session, deputy) index, and the exception ended that secretary's circuit.
/// </summary>
public class RollPreparedTwiceAtOnceTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_later_preparation_finds_the_earlier_ones_rows_and_the_roll_holds_each_deputy_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        CongressSession session;
        await using (var db = database.Context(county.SecretaryOfOne))
            session = await new SessionService(db).CreateAsync(county.One.Id, new SessionInput
            {
                PlannedStart = SessionWithRoll.SessionDay, PlannedEnd = SessionWithRoll.SessionDay.AddDays(1), Venue = "镇政府大会议室",
            });

        // The other secretary's preparation runs between this one's reading of the (empty) roll and its save.
        var other = new BeforeFirstSave(async () =>
        {
            await using var db = database.Context(county.SecretaryOfOne);
            await new SessionService(db).PrepareRollAsync(session.Id);
        });
        var options = new DbContextOptionsBuilder<CongressDbContext>(database.Options).AddInterceptors(other).Options;
        await using (var db = new CongressDbContext(options, county.SecretaryOfOne))
        {
            var summary = await new SessionService(db).PrepareRollAsync(session.Id);
            Assert.True(other.Ran);
            await using var check = database.System();
            var roll = await check.Set<SessionAttendance>().Where(a => a.SessionId == session.Id).Select(a => a.DeputyId).ToListAsync();
            Assert.NotEmpty(roll);
            Assert.Equal(roll.Count, roll.Distinct().Count());
            Assert.Equal(roll.Count, summary.Unmarked);
        }
    }

    /// <summary>Runs <paramref name="work"/> once, just before the first save of the context it is added to.</summary>
    private sealed class BeforeFirstSave(Func<Task> work) : SaveChangesInterceptor
    {
        public bool Ran { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (!Ran)
            {
                Ran = true;
                await work();
            }
            return result;
        }
    }
}
