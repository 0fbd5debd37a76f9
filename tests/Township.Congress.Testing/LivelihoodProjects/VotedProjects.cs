using Township.Congress.Data;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Testing.Sessions;

namespace Township.Congress.Testing.LivelihoodProjects;

/// <summary>
/// An open session of township one (ten deputies, eight present) that voted on three candidate projects:
/// "村道硬化" (7 for) and "饮水提升" (6 for) chosen by the majority of all ten, "路灯安装" (4 for) not.
/// </summary>
public static class VotedProjects
{
    public static async Task<(CongressSession Session, List<LivelihoodCandidate> Candidates, List<Guid> Deputies)> CreateAsync(
        CongressDbContext db, TestDatabase database, SmallCounty county)
    {
        var (session, service, ids) = await SessionWithRoll.CreateAsync(db, database, county, present: 8);
        var road = await service.AddLivelihoodCandidateAsync(session.Id, new("村道硬化", "硬化村道3公里", "镇交通站", 120m));
        var water = await service.AddLivelihoodCandidateAsync(session.Id, new("饮水提升", "", "镇水利站", 80m));
        var lights = await service.AddLivelihoodCandidateAsync(session.Id, new("路灯安装", "", "镇建设办", 20m));
        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));
        var voted = await service.RecordLivelihoodVotesAsync(session.Id,
            [new(road.Id, 7, 1, 0), new(water.Id, 6, 1, 1), new(lights.Id, 4, 3, 1)]);
        return (session, voted.ToList(), ids);
    }
}
