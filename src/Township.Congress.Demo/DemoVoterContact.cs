using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.LiaisonStations;
using Township.Congress.Places;
using Township.Congress.Suggestions;
using Township.Congress.VoterContact;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// The demo county's voter contact, 2022 to the demo's today: 10–12 reception days a year per township (two
/// deputy groups on duty each time, so nearly every deputy is on duty twice), 3–12 visitors a day, most
/// answered on the spot, some referred to the village or the presidium; the suggestions the demo registered
/// from constituents between sessions are linked to the visit they came from. Most deputies record own
/// contacts; a few "quiet" deputies a year do neither and fall short of the targets.
/// Its own Random, so the other demo files draw the same numbers whether or not this one runs.
/// </summary>
public static class DemoVoterContact
{
    private static readonly string[] Matters =
    [
        "村道路面破损严重，雨天积水，希望尽快修补", "村里自来水压力不足，高处农户经常停水", "集中安置点路灯不亮，夜间出行不安全",
        "农村低保评定程序不够公开，希望张榜公示", "河道垃圾无人清理，夏天气味很大", "希望增加到县城的公交班次",
        "小学门口没有减速带，上下学时段车速快", "农村医保缴费标准上涨，部分老人负担较重", "土地流转租金迟迟没有兑现",
        "养殖场异味影响周边住户生活", "村卫生室药品种类少，看病要跑镇上", "建议在集镇增设公共厕所",
        "秸秆禁烧后缺少回收渠道", "危房改造补助申请进度缓慢", "村里老年人活动场所缺少器材", "灌溉渠道淤塞，影响春灌",
    ];

    private static readonly string[] Replies =
    [
        "已当场解释相关政策", "已说明办理流程和所需材料", "已告知责任部门和联系电话", "已答复将在下次代表小组活动中了解",
    ];

    private static readonly string[] Ways = ["走访", "座谈", "电话联系", "入户走访", "微信联系"];

    private static readonly string[] Callers = ["先生", "女士", "大爷", "大姐", "师傅"];

    public static void Seed(CongressDbContext db, Township township, LiaisonStation station, List<Village> villages, List<Deputy> deputies,
        List<DeputyGroup> groups, DateOnly today, int fromYear)
    {
        var random = new Random(DemoSeeder.Seed + 7919 * township.Number);
        var inOffice = deputies.Where(d => d.Status == DeputyStatus.InOffice).ToList();
        var fromConstituents = db.Suggestions.Local
            .Where(s => s.TownshipId == township.Id && s.Source == SuggestionSource.ConstituentContact && s.SessionId == null
                && s.MergedIntoId == null && s.MergedSourceCount == 0 && s.LeadDeputyId != null)
            .ToList();
        var groupTurn = 0;
        for (var year = fromYear; year <= today.Year; year++)
        {
            var quiet = inOffice.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).Select(d => d.Id).ToHashSet();
            var items = fromConstituents.Where(s => s.Year == year && s.SubmittedOn <= today).OrderBy(s => s.SubmittedOn).Take(3).ToList();
            var months = Enumerable.Range(1, 12).OrderBy(_ => random.Next()).Take(random.Next(10, 13)).Order().ToList();
            foreach (var month in months)
            {
                var linked = items.Where(s => s.SubmittedOn.Month == month).ToList();
                var date = linked.Count > 0 ? linked[0].SubmittedOn : new DateOnly(year, month, random.Next(2) == 0 ? 10 : 25);
                var day = new ReceptionDay
                {
                    TownshipId = township.Id, StationId = station.Id, Date = date, Place = station.Venue,
                    // Most notices go up four to seven days ahead; about one in eight only a day or two before.
                    NoticePostedOn = date <= today.AddDays(3) ? date.AddDays(-(random.Next(8) == 0 ? random.Next(1, 3) : random.Next(4, 8))) : null,
                };
                var onDuty = new List<Guid>();
                for (var g = 0; g < 2; g++)
                {
                    var group = groups[groupTurn++ % groups.Count];
                    onDuty.AddRange(inOffice.Where(d => d.GroupId == group.Id && !quiet.Contains(d.Id)).Select(d => d.Id));
                }
                onDuty.AddRange(linked.Select(s => s.LeadDeputyId!.Value).Where(id => !onDuty.Contains(id)));
                if (onDuty.Count == 0) continue;
                db.AddRange(onDuty.Select(id => new ReceptionDuty { TownshipId = township.Id, ReceptionDayId = day.Id, DeputyId = id }));
                db.Add(day);
                if (date > today) continue;
                var visitors = random.Next(3, 13);
                for (var v = 0; v < visitors; v++)
                {
                    var item = v < linked.Count ? linked[v] : null;
                    var village = villages[random.Next(villages.Count)];
                    var roll = random.Next(100);
                    var disposition = item is not null ? ReceptionDisposition.MadeSuggestion
                        : roll < 68 ? ReceptionDisposition.AnsweredOnSpot : roll < 88 ? ReceptionDisposition.ReferredToVillage : ReceptionDisposition.ReferredToPresidium;
                    var visit = new ReceptionVisit
                    {
                        TownshipId = township.Id, ReceptionDayId = day.Id, VillageId = village.Id,
                        VisitorName = random.Next(100) < 60 ? DemoNames.Surnames[random.Next(DemoNames.Surnames.Length)] + Callers[random.Next(Callers.Length)] : "",
                        ContactPhone = random.Next(100) < 55 ? $"1{"3578"[random.Next(4)]}{random.Next(0, 10)}{random.Next(10_000_000, 100_000_000)}" : "",
                        Matter = item?.Text ?? $"{village.Name}{Matters[random.Next(Matters.Length)]}",
                        Disposition = disposition,
                        Reply = disposition switch
                        {
                            ReceptionDisposition.AnsweredOnSpot => Replies[random.Next(Replies.Length)],
                            ReceptionDisposition.ReferredToVillage => $"转{village.Name}村（居）民委员会办理",
                            ReceptionDisposition.ReferredToPresidium => "转镇人大主席团交有关部门办理",
                            _ => "代表已形成建议提交主席团",
                        },
                        ReceivedById = item?.LeadDeputyId ?? onDuty[random.Next(onDuty.Count)],
                        SuggestionId = item?.Id,
                    };
                    if (item is not null) item.SourceNote = VoterContactLabels.SourceNote(station.Name, date);
                    db.Add(visit);
                }
            }

            // Own contacts: most deputies one to four a year; the quiet ones none.
            var yearEnd = year == today.Year ? today : new DateOnly(year, 12, 31);
            foreach (var deputy in inOffice.Where(d => !quiet.Contains(d.Id) && random.Next(100) < 85))
            {
                for (var n = random.Next(1, 5); n > 0; n--)
                {
                    db.Add(new ConstituentContact
                    {
                        TownshipId = township.Id, DeputyId = deputy.Id,
                        Date = new DateOnly(year, 1, 3).AddDays(random.Next(yearEnd.DayNumber - new DateOnly(year, 1, 3).DayNumber)),
                        Constituents = random.Next(2, 16), Way = Ways[random.Next(Ways.Length)],
                        Raised = Matters[random.Next(Matters.Length)],
                    });
                }
            }
        }
    }
}
