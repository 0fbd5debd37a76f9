using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.DeputyRecords;
using Township.Congress.LiaisonStations;
using Township.Congress.Rules;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.VoterContact;
using Township.Congress.VoterReports;

namespace Township.Congress.Benchmarks;

/// <summary>
/// The deputy records (履职档案, points, flags) of a 160-deputy township for a year of demo-shaped data, warm,
/// fresh context per request: two sessions with the whole roll, 48 held activities of ~20 participants with
/// opinions, 40 suggestions of 1–3 signers, 12 reception days with two duty deputies, own contacts, reports,
/// declared items — and the year before, which the "lowest band two years running" flag reads. Target ≤ 50 ms.
/// </summary>
[Config(typeof(PdfConfig))]
public class DeputyRecordsBenchmark
{
    public const int Deputies = 160;
    public const int Year = 2025;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    private string _folder = "";
    private string _database = "";
    private DbContextOptions<CongressDbContext>? _options;
    private Guid _townshipId;

    /// <summary>The commands the requests sent, when <see cref="CommandTimer.Enabled"/>.</summary>
    public CommandTimer Timer { get; } = new();

    private static string PostgresServer => Environment.GetEnvironmentVariable("CONGRESS_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("CONGRESS_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set CONGRESS_BENCH_POSTGRES to a PostgreSQL connection string (no database).");

    [GlobalSetup]
    public void GlobalSetup()
    {
        _folder = Directory.CreateTempSubdirectory("congress-bench-").FullName;
        if (Provider == DatabaseProvider.Sqlite)
        {
            _database = Path.Combine(_folder, "records.db");
            _options = CongressDatabase.BuildOptions(DatabaseProvider.Sqlite, $"Data Source={_database}");
        }
        else
        {
            _database = $"congress_bench_{Guid.NewGuid():N}";
            _options = CongressDatabase.BuildOptions(DatabaseProvider.PostgreSql, $"{PostgresServer};Database={_database}");
        }
        _townshipId = SeedAsync(_options).GetAwaiter().GetResult();
        if (CommandTimer.Enabled) _options = new DbContextOptionsBuilder<CongressDbContext>(_options).AddInterceptors(Timer).Options;
        var rows = TownshipRecords().GetAwaiter().GetResult();
        if (rows != Deputies) throw new InvalidOperationException($"{rows} records, expected {Deputies}");
    }

    [Benchmark]
    public async Task<int> TownshipRecords()
    {
        await using var db = new CongressDbContext(_options!, TownshipScope.System("bench"));
        var rules = await new CountyRulesService(db).ForTownshipAsync(_townshipId);
        return (await db.TownshipRecordsAsync(_townshipId, Year, null, rules)).Count;
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        if (Provider != DatabaseProvider.PostgreSql) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection($"{PostgresServer};Database=postgres");
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    /// <summary>The township and two years (the one measured and the one before) of records, deterministic.</summary>
    public static async Task<Guid> SeedAsync(DbContextOptions<CongressDbContext> options)
    {
        var t = await BenchData.CreateDatabaseAsync(options);
        await using var db = new CongressDbContext(options, TownshipScope.System("bench"));
        var term = await db.Terms.SingleAsync(x => x.TownshipId == t);
        var random = new Random(20261201);
        var deputies = Enumerable.Range(0, Deputies).Select(i => new Deputy
        {
            TownshipId = t, TermId = term.Id, Name = $"代表{i:D3}", StatusSince = new DateOnly(2021, 12, 20),
        }).ToList();
        db.Deputies.AddRange(deputies);
        var station = new LiaisonStation { TownshipId = t, Name = "城关镇代表联络站" };
        db.LiaisonStations.Add(station);
        var sequence = 0;
        foreach (var year in new[] { Year - 1, Year })
        {
            for (var s = 0; s < 2; s++)
            {
                var start = new DateOnly(year, s == 0 ? 3 : 11, 8);
                var session = new CongressSession { TownshipId = t, TermId = term.Id, Ordinal = (year - 2022) * 2 + s + 1, PlannedStart = start,
                    PlannedEnd = start.AddDays(1), ActualStart = start, ActualEnd = start.AddDays(1), Status = SessionStatus.Closed };
                session.Attendance.AddRange(deputies.Select((d, i) => new SessionAttendance { TownshipId = t, DeputyId = d.Id,
                    Status = random.Next(100) switch { < 88 => AttendanceStatus.Present, < 96 => AttendanceStatus.OnLeave, _ => AttendanceStatus.Absent } }));
                db.Sessions.Add(session);
            }
            for (var a = 0; a < 48; a++)
            {
                var on = new DateOnly(year, 1 + a % 12, 3 + a % 20);
                var activity = new Activity { TownshipId = t, Kind = (ActivityKind)(a % 11), Subject = $"活动{a}", StartsOn = on, EndsOn = on, Status = ActivityStatus.Held };
                activity.Participants.AddRange(deputies.OrderBy(_ => random.Next()).Take(random.Next(12, 30)).Select(d => new ActivityParticipant
                {
                    TownshipId = t, ActivityId = activity.Id, DeputyId = d.Id,
                    Status = random.Next(100) < 85 ? AttendanceStatus.Present : random.Next(2) == 0 ? AttendanceStatus.OnLeave : AttendanceStatus.Absent,
                }));
                var opinion = new ActivityOpinion { TownshipId = t, ActivityId = activity.Id, Text = "意见", ReceivingUnitName = "镇政府", SentOn = on };
                activity.Opinions.Add(opinion);
                db.Activities.Add(activity);
                db.Add(new ActivityOpinionSpeaker { TownshipId = t, OpinionId = opinion.Id, ActivityId = activity.Id, DeputyId = activity.Participants[0].DeputyId });
            }
            for (var i = 0; i < 40; i++)
            {
                var item = new Suggestion { TownshipId = t, Year = year, Sequence = ++sequence, Kind = SuggestionKind.Suggestion, Title = $"建议{i}",
                    SubmittedOn = new DateOnly(year, 1 + i % 12, 10), State = SuggestionState.Closed, LeadSatisfaction = Satisfaction.Satisfied };
                item.Signers.AddRange(deputies.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select((d, n) => new SuggestionSigner
                    { TownshipId = t, SuggestionId = item.Id, DeputyId = d.Id, IsLead = n == 0, SortOrder = n }));
                item.LeadDeputyId = item.Signers[0].DeputyId;
                db.Suggestions.Add(item);
            }
            for (var m = 1; m <= 12; m++)
            {
                var day = new ReceptionDay { TownshipId = t, StationId = station.Id, Date = new DateOnly(year, m, 15) };
                day.Duties.AddRange(deputies.OrderBy(_ => random.Next()).Take(2).Select(d => new ReceptionDuty { TownshipId = t, DeputyId = d.Id }));
                for (var v = 0; v < 6; v++) day.Visits.Add(new ReceptionVisit { TownshipId = t, Matter = $"事项{v}" });
                db.ReceptionDays.Add(day);
            }
            db.ConstituentContacts.AddRange(deputies.SelectMany(d => Enumerable.Range(0, 2).Select(k => new ConstituentContact
            {
                TownshipId = t, DeputyId = d.Id, Date = new DateOnly(year, 2 + random.Next(10), 1 + random.Next(28)), Constituents = random.Next(1, 8), Raised = "事项",
            })));
            db.VoterReports.AddRange(deputies.OrderBy(_ => random.Next()).Take(30).Select(d => new VoterReport
            {
                TownshipId = t, TermId = term.Id, DeputyId = d.Id, ReportedOn = new DateOnly(year, 9, 1), Audience = 60, Result = VoterRating.Competent,
            }));
            db.DeclaredItems.AddRange(deputies.OrderBy(_ => random.Next()).Take(16).Select(d => new DeclaredItem
            {
                TownshipId = t, DeputyId = d.Id, Date = new DateOnly(year, 6, 1), Kind = DeclaredItemKind.Finding, Text = "发现", State = DeclaredItemState.Approved,
            }));
        }
        await db.SaveChangesAsync();
        return t;
    }
}
