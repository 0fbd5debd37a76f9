using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Township.Congress.Data;

namespace Township.Congress.Benchmarks;

/// <summary>
/// A national-scale data set on PostgreSQL, bulk-loaded with binary COPY (never EF inserts): at scale 1, 30,000 townships
/// in 2,900 counties, 2,000,000 deputies, 3,000,000 suggestions over 2022–2026 and 20,000,000 activity-attendance rows
/// (1,000,000 held activities of 20 participants). <see cref="Scale"/> shrinks every count alike (0.01 = 1%). The schema is
/// the app's own (its migrations run first); the data are deterministic (seeded Random).
/// </summary>
public sealed class NationalScaleData(string connectionString, double scale)
{
    public const int FullTownships = 30_000, FullCounties = 2_900, FullDeputies = 2_000_000, FullSuggestions = 3_000_000, FullAttendance = 20_000_000;
    private const int Participants = 20, UnitsPerCounty = 8;
    private static readonly int[] Years = [2022, 2023, 2024, 2025, 2026];

    public double Scale { get; } = scale;
    public int Counties => Math.Max(1, (int)Math.Round(FullCounties * Scale));
    public int Townships => Math.Max(Counties, (int)Math.Round(FullTownships * Scale));
    public int DeputiesPerTownship => FullDeputies / FullTownships;
    public int SuggestionsPerTownship => FullSuggestions / FullTownships;
    public int ActivitiesPerTownship => FullAttendance / Participants / FullTownships;

    /// <summary>Migrates the named database and loads it; returns the rows written per table.</summary>
    public async Task<IReadOnlyDictionary<string, long>> LoadAsync(TextWriter log)
    {
        await CongressDatabase.MigrateAsync(CongressDatabase.BuildOptions(DatabaseProvider.PostgreSql, connectionString));
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using (var check = new NpgsqlCommand("""SELECT count(*) FROM "Townships" """, conn))
            if ((long)(await check.ExecuteScalarAsync())! > 0) throw new InvalidOperationException("The database is not empty: drop it or name another.");

        // The big tables are COPYed bare: their foreign keys and secondary indexes come back after, checked and built in bulk.
        await using (var session = new NpgsqlCommand("SET synchronous_commit = off", conn)) await session.ExecuteNonQueryAsync();
        var schema = await NationalScaleSchema.LiftAsync(conn, ["Deputies", "Suggestions", "Activities", "ActivityParticipant"], log);

        var random = new Random(20261201);
        var counts = new Dictionary<string, long>();
        var watch = Stopwatch.StartNew();
        var counties = Enumerable.Range(0, Counties).Select(_ => Guid.NewGuid()).ToArray();
        var townships = new List<(Guid Id, Guid County, Guid Term)>();
        for (var i = 0; i < Townships; i++) townships.Add((Guid.NewGuid(), counties[i % Counties], Guid.NewGuid()));
        var units = counties.ToDictionary(c => c, _ => Enumerable.Range(0, UnitsPerCounty).Select(_ => Guid.NewGuid()).ToArray());

        counts["Counties"] = await CopyAsync(conn, """COPY "Counties" ("Id","Name","Region","Version") FROM STDIN (FORMAT BINARY)""", w =>
        {
            for (var i = 0; i < counties.Length; i++) Row(w, counties[i], $"县{i + 1:D4}", $"省{i / 100 + 1:D2}", 0L);
        });
        counts["Townships"] = await CopyAsync(conn, """COPY "Townships" ("Id","AreaKm2","CountyId","Kind","Name","Number","Population","Version") FROM STDIN (FORMAT BINARY)""", w =>
        {
            for (var i = 0; i < townships.Count; i++)
                Row(w, townships[i].Id, 80.0 + i % 50, townships[i].County, i % 3 == 0 ? "Xiang" : "Zhen", $"乡镇{i + 1:D5}", i / Counties + 1, 20_000 + i % 30_000, 0L);
        });
        counts["Terms"] = await CopyAsync(conn, """COPY "Terms" ("Id","EndYear","IsCurrent","Ordinal","StartYear","TownshipId","Version") FROM STDIN (FORMAT BINARY)""", w =>
        {
            foreach (var t in townships) Row(w, t.Term, 2026, true, 13, 2021, t.Id, 0L);
        });
        counts["HandlingUnits"] = await CopyAsync(conn, """COPY "HandlingUnits" ("Id","ContactPerson","ContactPhone","CountyId","IsActive","Kind","Name","SortOrder","TownshipId","Version") FROM STDIN (FORMAT BINARY)""", w =>
        {
            foreach (var (county, ids) in units)
                for (var i = 0; i < ids.Length; i++) Row(w, ids[i], "", "", county, true, "CountyDepartment", $"县直部门{i + 1}", i, null, 0L);
        });
        log.WriteLine($"places and units: {watch.Elapsed.TotalSeconds:N1} s");

        var deputies = new Dictionary<Guid, Guid[]>();
        counts["Deputies"] = await CopyAsync(conn, """
            COPY "Deputies" ("Id","Affiliation","BirthDate","Category","Constituency","Education","Ethnicity","Gender","GroupId","IdCardNumber","Levels",
            "Name","NameInitials","NamePinyin","NameSortKey","NameStrokeKey","Occupation","Phone","Status","StatusSince","TermId","TookOfficeOn","TownshipId",
            "Version","VillageId","WorkUnit") FROM STDIN (FORMAT BINARY)
            """, w =>
        {
            foreach (var t in townships)
            {
                var ids = deputies[t.Id] = Enumerable.Range(0, DeputiesPerTownship).Select(_ => Guid.NewGuid()).ToArray();
                for (var i = 0; i < ids.Length; i++)
                {
                    // One in twenty left office in 2024: the "in office during the year" rule has something to cut.
                    var left = i % 20 == 19;
                    Row(w, ids[i], "群众", new DateOnly(1960 + i % 40, 1 + i % 12, 1 + i % 28), "Farmer", $"第{i % 12 + 1}选区", "高中", "汉族", i % 2 == 0 ? "Male" : "Female",
                        null, null, 1, $"代表{i:D3}", "DB", $"daibiao{i:D3}", $"daibiao{i:D3}", $"{i:D3}", "农民", null, left ? "Resigned" : "InOffice",
                        left ? new DateOnly(2024, 6, 30) : new DateOnly(2021, 12, 1), t.Term, new DateOnly(2021, 12, 1), t.Id, 0L, null, null);
                }
            }
        });
        log.WriteLine($"deputies: {watch.Elapsed.TotalSeconds:N1} s");

        string[] states = ["Closed", "Closed", "Closed", "Evaluated", "Answered", "Handling", "Assigned", "Registered"];
        string[] satisfaction = ["Satisfied", "Satisfied", "Satisfied", "BasicallySatisfied", "Dissatisfied"];
        counts["Suggestions"] = await CopyAsync(conn, """
            COPY "Suggestions" ("Id","AnswerClass","AnsweredOn","AssignedOn","CategoryId","ClosedOn","Deadline","FirstAnsweredOn","FirstAssignedOn","FirstDeadline",
            "FromPresidium","Implementation","IsComplex","IsKeyItem","Kind","LeadDeputyId","LeadDeputyName","LeadSatisfaction","LeadUnitId","MergedIntoId",
            "MergedSourceCount","ReviewReason","Round","SearchTerms","SearchText","Sequence","SessionId","Source","SourceNote","State","SubmittedOn","Supervisor",
            "Text","Title","TownshipId","Version","Year") FROM STDIN (FORMAT BINARY)
            """, w =>
        {
            foreach (var t in townships)
            {
                var own = deputies[t.Id];
                var unitIds = units[t.County];
                for (var i = 0; i < SuggestionsPerTownship; i++)
                {
                    var year = Years[i % Years.Length];
                    var submitted = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
                    var state = states[random.Next(states.Length)];
                    var assigned = state is "Registered" ? (DateOnly?)null : submitted.AddDays(5);
                    var deadline = assigned?.AddDays(90);
                    var answered = state is "Closed" or "Evaluated" or "Answered" ? assigned?.AddDays(random.Next(30, 110)) : null;
                    var closed = state == "Closed" ? answered?.AddDays(10) : null;
                    var rated = state is "Closed" or "Evaluated" ? satisfaction[random.Next(satisfaction.Length)] : null;
                    Row(w, Guid.NewGuid(), answered is null ? null : "A", answered, assigned, null, closed, deadline, answered, assigned, deadline,
                        false, closed is null ? null : "Implemented", false, false, "Suggestion", own[random.Next(own.Length)], "代表", rated,
                        assigned is null ? null : unitIds[random.Next(unitIds.Length)], null, 0, "", 1, "", "", i / Years.Length + 1, null, "Deputy", "",
                        state, submitted, "", "建议内容", $"关于第{i + 1}件事项的建议", t.Id, 0L, year);
                }
            }
        });
        log.WriteLine($"suggestions: {watch.Elapsed.TotalSeconds:N1} s");

        var activities = new List<(Guid Id, Guid Township)>();
        counts["Activities"] = await CopyAsync(conn, """
            COPY "Activities" ("Id","EndsOn","Findings","GroupId","Kind","Law","LawArticles","Organiser","Places","Projects","StartsOn","Status","Subject",
            "TownshipId","Version") FROM STDIN (FORMAT BINARY)
            """, w =>
        {
            string[] kinds = ["Inspection", "Survey", "Training", "Symposium", "GroupActivity", "LawEnforcementCheck"];
            foreach (var t in townships)
                for (var i = 0; i < ActivitiesPerTownship; i++)
                {
                    var id = Guid.NewGuid();
                    activities.Add((id, t.Id));
                    var on = new DateOnly(Years[i % Years.Length], 1 + random.Next(12), 1 + random.Next(28));
                    Row(w, id, on, "", null, kinds[i % kinds.Length], "", "", "Presidium", "", "", on, "Held", $"活动{i + 1}", t.Id, 0L);
                }
        });
        counts["ActivityParticipant"] = await CopyAsync(conn, """COPY "ActivityParticipant" ("Id","ActivityId","DeputyId","Status","TownshipId") FROM STDIN (FORMAT BINARY)""", w =>
        {
            foreach (var (id, township) in activities)
            {
                var own = deputies[township];
                var start = random.Next(own.Length);
                for (var p = 0; p < Participants; p++)
                    Row(w, Guid.NewGuid(), id, own[(start + p) % own.Length], p % 10 == 9 ? "OnLeave" : "Present", township);
            }
        });
        log.WriteLine($"activities and attendance: {watch.Elapsed.TotalSeconds:N1} s");
        await schema.RestoreAsync(conn, log);
        log.WriteLine($"keys and indexes back, schema as migrated: {watch.Elapsed.TotalSeconds:N1} s");

        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE", conn) { CommandTimeout = 0 }) await analyze.ExecuteNonQueryAsync();
        log.WriteLine($"loaded and analysed in {watch.Elapsed.TotalSeconds:N1} s");
        return counts;
    }

    private static async Task<long> CopyAsync(NpgsqlConnection conn, string copy, Action<NpgsqlBinaryImporter> write)
    {
        await using var writer = await conn.BeginBinaryImportAsync(copy);
        write(writer);
        return (long)await writer.CompleteAsync();
    }

    /// <summary>One row, each value typed by its CLR type (uuid, text, date, integer, bigint, boolean, double precision).</summary>
    private static void Row(NpgsqlBinaryImporter w, params object?[] values)
    {
        w.StartRow();
        foreach (var v in values)
        {
            switch (v)
            {
                case null: w.WriteNull(); break;
                case Guid g: w.Write(g, NpgsqlDbType.Uuid); break;
                case string s: w.Write(s, NpgsqlDbType.Varchar); break;
                case DateOnly d: w.Write(d, NpgsqlDbType.Date); break;
                case int i: w.Write(i, NpgsqlDbType.Integer); break;
                case long l: w.Write(l, NpgsqlDbType.Bigint); break;
                case bool b: w.Write(b, NpgsqlDbType.Boolean); break;
                case double x: w.Write(x, NpgsqlDbType.Double); break;
                default: throw new ArgumentException($"No COPY type for {v.GetType()}");
            }
        }
    }
}
