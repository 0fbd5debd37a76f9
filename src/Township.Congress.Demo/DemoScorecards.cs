using Township.Congress.Data;
using Township.Congress.Files;
using Township.Congress.Rules;
using Township.Congress.Scorecards;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// The county's hand scores of the demo townships for every finished year (2022 to the year before the demo's today), so the
/// scorecard shows whole: 自身建设 for every township and year (mostly 7.5–9.5 of its 10, each with its material list as the
/// evidence), 加分项 for about two in five township-years (1–5 points, with the commendation or innovation as the evidence), the
/// rest scored 0 with a note. Within each criterion's most under the default scheme; its own seeded Random.
/// </summary>
public static class DemoScorecards
{
    public const int FirstYear = 2022;

    /// <summary>Who scores in the demo: the county's login.</summary>
    public const string ScoredBy = "county";

    public static void Seed(CongressDbContext db, Township township, DateOnly today)
    {
        var random = new Random(DemoSeeder.Seed + 9_007 * township.Number);
        var selfMax = ScorecardScheme.MaxPoints(ScorecardCriterion.SelfBuilding, CountyRules.Defaults);
        var bonusMax = ScorecardScheme.MaxPoints(ScorecardCriterion.Bonus, CountyRules.Defaults);
        for (var year = FirstYear; year < today.Year; year++)
        {
            // The county scores in the second half of January after the year, township by township.
            var at = new DateTime(year + 1, 1, 16, 1, 0, 0, DateTimeKind.Utc).AddMinutes(20 * township.Number);
            var self = Math.Min(selfMax, random.Next(100) < 85 ? 7.5m + 0.5m * random.Next(0, 5) : 5m + 0.5m * random.Next(0, 5));
            var selfNote = SelfNotes[random.Next(SelfNotes.Length)];
            db.Add(Score(township, year, ScorecardCriterion.SelfBuilding, self, selfNote, at,
                Evidence(township, year, ScorecardLabels.Criteria.Of(ScorecardCriterion.SelfBuilding), self, selfNote)));

            if (random.Next(100) < 40)
            {
                var bonus = Math.Min(bonusMax, random.Next(1, 6));
                var bonusNote = BonusNotes[random.Next(BonusNotes.Length)];
                db.Add(Score(township, year, ScorecardCriterion.Bonus, bonus, bonusNote, at,
                    Evidence(township, year, ScorecardLabels.Criteria.Of(ScorecardCriterion.Bonus), bonus, bonusNote)));
            }
            else db.Add(Score(township, year, ScorecardCriterion.Bonus, 0, NoBonus, at, null));
        }
    }

    private static ScorecardHandScore Score(Township township, int year, ScorecardCriterion criterion, decimal points, string note, DateTime at,
        (string Name, byte[] Bytes)? evidence) => new()
    {
        TownshipId = township.Id, Year = year, Criterion = criterion, Points = points, Note = note, ScoredBy = ScoredBy, ScoredAtUtc = at,
        Version = 1, EvidenceName = evidence?.Name, EvidenceType = evidence is null ? null : UploadedFiles.Xlsx,
        EvidenceBytes = evidence?.Bytes.Length ?? 0, Evidence = evidence?.Bytes,
    };

    /// <summary>The material list the county looked at, as a real .xlsx (what a township hands in).</summary>
    private static (string, byte[]) Evidence(Township township, int year, string criterion, decimal points, string note)
    {
        List<IReadOnlyList<object?>> rows = [[Header[0], Header[1], Header[2], Header[3]], [township.Name, year, criterion, points], [note]];
        return (string.Format(EvidenceName, township.Name, year, criterion), SpreadsheetFile.Write(new SheetContent(SheetName, rows)));
    }

    #region Chinese by design: demo data
    private const string EvidenceName = "{0}{1}年{2}考评材料.xlsx";
    private const string SheetName = "考评材料";
    private static readonly string[] Header = ["乡镇", "年度", "考评项目", "得分"];
    private const string NoBonus = "本年度无加分事项";

    private static readonly string[] SelfNotes =
    [
        "主席团议事规则、代表活动、建议办理等制度健全，档案规范完整",
        "人大办公室配备专职工作人员，工作经费纳入财政预算",
        "制度基本健全，部分活动记录不完整，已督促整改",
        "年度工作计划、总结按时报送，代表履职档案齐全",
        "主席团成员学习培训到位，代表之家管理制度上墙",
    ];

    private static readonly string[] BonusNotes =
    [
        "代表之家建设经验在全市交流推广",
        "民生实事项目代表票决制工作受到市人大常委会表彰",
        "“代表接待日”工作创新做法被省人大刊物刊载",
        "代表建议办理工作获县委通报表扬",
    ];
    #endregion
}
