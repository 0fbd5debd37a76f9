using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Petitions;
using Township.Congress.Rules;
using Township.Congress.Suggestions;
using static Township.Congress.Demo.DemoNames;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// Petitions received in the demo county, 2022 to the demo's today: 5–20 per township and year, most
/// decided and finished on time, about one in ten extended with a reason, and a few of the current year
/// overdue (past their deadline, not finished). Its own seeded Random, so the rest of the demo stays as it was.
/// </summary>
public static class DemoPetitions
{
    private static readonly string[] Matters =
    [
        "反映村道路面破损，雨天积水严重，群众出行困难。", "反映低保评定不公开，要求重新核查。", "反映土地承包经营权流转费用未按时支付。",
        "反映企业拖欠务工人员工资。", "反映养殖场异味扰民，要求整治。", "反映宅基地审批手续办理缓慢。", "反映饮水工程水压不足，高处农户用水困难。",
        "反映征地补偿款分配有争议。", "反映邻里纠纷调解未果。", "反映医保报销手续繁琐。", "反映学校周边交通安全隐患。", "反映山林权属争议。",
    ];

    private static readonly string[] Results =
    [
        "已协调相关单位现场核实并答复来访人。", "问题已解决，来访人表示认可。", "已依法依规作出处理意见并书面答复。", "已组织调解，双方达成协议。",
    ];

    public static void Seed(CongressDbContext db, Township township, List<Deputy> deputies, IReadOnlyList<HandlingUnit> units, DateOnly today)
    {
        var random = new Random(DemoSeeder.Seed + 5_003 * township.Number);
        var receivers = deputies.Where(d => d.Status == DeputyStatus.InOffice).Take(12).ToList();
        for (var year = 2022; year <= today.Year; year++)
        {
            var count = random.Next(5, 21);
            var lastDay = year == today.Year ? today.AddDays(-1) : new DateOnly(year, 12, 31);
            var overdueLeft = year == today.Year ? random.Next(1, 3) : 0;
            foreach (var received in Enumerable.Range(0, count)
                .Select(_ => new DateOnly(year, 1, 1).AddDays(random.Next(0, lastDay.DayNumber - new DateOnly(year, 1, 1).DayNumber + 1))).Order())
            {
                var (decideBy, finishBy) = PetitionRules.DueDates(received, CountyRules.Defaults);
                var female = random.Next(100) < 40;
                var byDeputy = random.Next(100) < 60;
                var deputy = receivers[random.Next(receivers.Count)];
                var petition = new Petition
                {
                    TownshipId = township.Id, ReceivedOn = received, DecideBy = decideBy, FinishBy = finishBy,
                    VisitorName = Surnames[random.Next(Surnames.Length)] + (female ? FemaleGiven : MaleGiven)[random.Next(female ? FemaleGiven.Length : MaleGiven.Length)],
                    VisitorPhone = $"13{random.Next(0, 10)}{random.Next(10_000_000, 100_000_000)}",
                    Matter = Matters[random.Next(Matters.Length)],
                    ReceivedByDeputyId = byDeputy ? deputy.Id : null, ReceivedBy = byDeputy ? deputy.Name : "人大办工作人员", // Chinese by design: demo data
                };
                db.Petitions.Add(petition);
                var decided = received.AddDays(random.Next(1, 12));
                if (decided > today) continue; // still waiting for the decision
                petition.DecidedOn = decided;
                if (random.Next(100) < 5)
                {
                    petition.State = PetitionState.NotAccepted;
                    petition.Result = "属于诉讼程序解决的事项，已告知来访人依法向人民法院起诉。"; // Chinese by design: demo data
                    continue;
                }
                petition.State = PetitionState.Accepted;
                petition.UnitId = units[random.Next(units.Count)].Id;
                if (overdueLeft > 0 && finishBy < today.AddDays(-3))
                {
                    overdueLeft--;
                    continue; // overdue: past its deadline, not finished
                }
                if (random.Next(100) < 10)
                {
                    petition.ExtensionDays = random.Next(15, 31);
                    petition.ExtensionReason = "涉及多个部门，需进一步调查核实。"; // Chinese by design: demo data
                }
                var finished = decided.AddDays(random.Next(5, petition.FinalDue.DayNumber - decided.DayNumber + 1));
                if (finished >= today) continue; // still in hand, within its time
                petition.State = PetitionState.Finished;
                petition.FinishedOn = finished;
                petition.Result = Results[random.Next(Results.Length)];
                var roll = random.Next(100);
                petition.Satisfaction = roll < 80 ? Satisfaction.Satisfied : roll < 95 ? Satisfaction.BasicallySatisfied : Satisfaction.Dissatisfied;
            }
        }
    }
}
