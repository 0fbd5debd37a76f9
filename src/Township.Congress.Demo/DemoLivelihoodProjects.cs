using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.LivelihoodProjects;
using Township.Congress.Sessions;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// The ledgers of the chosen livelihood projects of one township, 2022–2026: a project for every candidate
/// its sessions' votes chose, four weighted milestones each. Past years: nearly all completed, a few carried
/// over, the year-end satisfaction vote held in December. The current year: in progress, milestones up to
/// today mostly done, one or two overdue. Its own seeded Random, so the other demo data do not move.
/// </summary>
public static class DemoLivelihoodProjects
{
    private static readonly (string Name, int Weight, int Months)[] Plan =
    [
        ("方案设计与立项审批", 1, 1), ("招标采购", 1, 3), ("施工建设", 3, 7), ("竣工验收与移交", 1, 9),
    ];

    public static void Seed(CongressDbContext db, Township township, List<Deputy> deputies, DateOnly today)
    {
        var random = new Random(DemoSeeder.Seed + 7919 * township.Number);
        var sessions = db.Sessions.Local.Where(s => s.TownshipId == township.Id).ToDictionary(s => s.Id);
        var chosen = db.Set<LivelihoodCandidate>().Local.Where(c => c.TownshipId == township.Id && c.Chosen && sessions.ContainsKey(c.SessionId))
            .OrderBy(c => sessions[c.SessionId].Start).ThenBy(c => c.Order).ToList();
        var cadres = deputies.Where(d => d.Category == DeputyCategory.PartyGovernmentCadre).ToList();
        if (cadres.Count == 0) cadres = deputies;
        foreach (var year in chosen.GroupBy(c => sessions[c.SessionId].Start.Year))
        {
            var current = year.Key >= today.Year;
            // This year: one or two projects have a milestone that slipped past its date.
            var late = current ? year.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(c => c.Id).ToHashSet() : [];
            var carried = current ? null : year.OrderBy(_ => random.Next()).Select(c => (Guid?)c.Id).First();
            foreach (var c in year)
            {
                var start = sessions[c.SessionId].Start;
                var project = new LivelihoodProject
                {
                    TownshipId = township.Id, SessionId = c.SessionId, CandidateId = c.Id, Year = start.Year, Name = c.Name,
                    Description = c.Description, OwnerUnitName = c.OwnerUnit, Budget = c.EstimatedBudget,
                    PresidiumMemberId = cadres[random.Next(cadres.Count)].Id, MonitorDeputyId = deputies[random.Next(deputies.Count)].Id,
                };
                var yearEnd = new DateOnly(start.Year, 12, 15);
                var milestones = new List<LivelihoodMilestone>();
                for (var i = 0; i < Plan.Length; i++)
                {
                    var planned = Min(start.AddMonths(Plan[i].Months).AddDays(random.Next(-5, 6)), yearEnd);
                    var done = planned.AddDays(random.Next(-6, 12));
                    var isDone = current ? planned < today : !(carried == c.Id && i == Plan.Length - 1);
                    milestones.Add(new LivelihoodMilestone
                    {
                        TownshipId = township.Id, ProjectId = project.Id, Order = i + 1, Name = Plan[i].Name, PlannedOn = planned,
                        DoneOn = isDone ? Min(done, today) : null, Weight = Plan[i].Weight,
                    });
                }
                if (late.Contains(c.Id) && milestones.LastOrDefault(m => m.PlannedOn < today) is { } slipped) slipped.DoneOn = null;
                project.State = current ? LivelihoodProjectState.InProgress
                    : carried == c.Id ? LivelihoodProjectState.CarriedOver : LivelihoodProjectState.Completed;
                if (project.State == LivelihoodProjectState.Completed)
                {
                    var voting = Math.Max(10, c.Present);
                    var unsatisfied = random.Next(0, 3);
                    var basically = random.Next(0, voting / 4);
                    (project.Satisfied, project.BasicallySatisfied, project.Unsatisfied) = (voting - basically - unsatisfied, basically, unsatisfied);
                    project.SatisfactionVotedOn = new DateOnly(start.Year, 12, 20);
                }
                db.Add(project);
                db.AddRange(milestones);
            }
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
