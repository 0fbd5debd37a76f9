using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Sessions;

namespace Township.Congress.Interop;

/// <summary>
/// A township's term as Popolo JSON (docs/popolo.md): the township and its villages (Area), the congress, its presidium, the
/// government and the deputy groups (Organization), the deputies and office holders (Person), seats (Post), who sat where
/// (Membership), the term and its sessions (Event), the motions put to the vote (Motion) and their votes (VoteEvent with
/// Count and Vote). Read through the user's scope: another township's term is not found.
/// </summary>
public static class PopoloExport
{
    public static async Task<PopoloDocument> TermAsync(this CongressDbContext db, Guid townshipId, Guid? termId, CancellationToken ct = default)
    {
        var township = await db.FindTownshipAsync(townshipId, ct);
        var terms = db.Terms.AsNoTracking().Where(t => t.TownshipId == townshipId);
        var term = await (termId is { } id ? terms.Where(t => t.Id == id) : terms.OrderByDescending(t => t.IsCurrent).ThenByDescending(t => t.StartYear))
            .FirstOrDefaultAsync(ct) ?? throw new KeyNotFoundException($"Term {termId}");
        var villages = await db.Villages.AsNoTracking().Where(v => v.TownshipId == townshipId).OrderBy(v => v.SortOrder).ToListAsync(ct);
        var deputies = await db.Deputies.AsNoTracking().Where(d => d.TermId == term.Id).OrderBy(d => d.NameSortKey).ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.TermId == term.Id).OrderBy(s => s.Ordinal).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var votes = await db.Set<SessionVote>().AsNoTracking().Include(v => v.DeputyVotes).Where(v => sessionIds.Contains(v.SessionId))
            .OrderBy(v => v.SessionId).ThenBy(v => v.Title).ToListAsync(ct);
        var holders = await db.Set<OfficeHolder>().AsNoTracking().Where(h => h.TermId == term.Id).OrderBy(h => h.Office).ThenBy(h => h.Since)
            .ToListAsync(ct);
        // Votes and offices may name a deputy of the township outside the term's roster (a correction, a by-election).
        var known = deputies.Select(d => d.Id).ToHashSet();
        var named = votes.SelectMany(v => v.DeputyVotes).Select(v => v.DeputyId).Concat(holders.Where(h => h.DeputyId != null).Select(h => h.DeputyId!.Value))
            .Where(i => !known.Contains(i)).Distinct().ToList();
        var others = named.Count == 0 ? [] : await db.Deputies.AsNoTracking().Where(d => named.Contains(d.Id)).ToListAsync(ct);
        var groupIds = deputies.Where(d => d.GroupId != null).Select(d => d.GroupId!.Value).Distinct().ToList();
        var groups = await db.DeputyGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).OrderBy(g => g.SortOrder).ToListAsync(ct);

        var names = new Names(township.Name);
        var area = Ids.Area(township.Id);
        var congress = Ids.Congress(township.Id);
        var period = Ids.Term(term.Id);
        var areas = new List<PopoloArea> { new(area, township.Name, "township", null) };
        areas.AddRange(villages.Select(v => new PopoloArea(Ids.Village(v.Id), v.Name, "village", area)));
        var organizations = new List<PopoloOrganization>
        {
            new(congress, names.Congress, "legislature", null, area),
            new(Ids.Presidium(township.Id), names.Presidium, "committee", congress, area),
            new(Ids.Government(township.Id), names.Government, "executive", null, area),
        };
        organizations.AddRange(groups.Select(g => new PopoloOrganization(Ids.Group(g.Id), g.Name, "group", congress, area)));

        var persons = deputies.Concat(others).Select(d => new PopoloPerson(Ids.Person(d.Id), d.Name, d.NamePinyin, GenderOf(d.Gender))).ToList();
        persons.AddRange(holders.Where(h => h.DeputyId is null).Select(h => new PopoloPerson(Ids.OfficePerson(h.Id), h.Name, null, null)));

        var constituencies = deputies.Select(d => d.Constituency).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal)
            .Select((c, i) => (c, Id: $"post/{term.Id}/constituency/{i + 1}")).ToDictionary(x => x.c, x => x.Id);
        var posts = constituencies.Select(c => new PopoloPost(c.Value, names.Seat(c.Key), "deputy", congress, null)).ToList();
        var offices = holders.Select(h => (h.Office, Title: OfficeTitle(h))).Distinct().Select((o, i) => (o, Id: $"post/{term.Id}/office/{i + 1}"))
            .ToDictionary(x => x.o, x => x.Id);
        posts.AddRange(offices.Select(o => new PopoloPost(o.Value, o.Key.Title, o.Key.Office.ToString(), OfficeOrganization(o.Key.Office, township.Id), null)));

        var memberships = new List<PopoloMembership>();
        foreach (var d in deputies)
        {
            var left = d.Status == DeputyStatus.InOffice ? null : Date(d.StatusSince);
            memberships.Add(new(Ids.Membership(d.Id, "congress"), Ids.Person(d.Id), congress, constituencies.GetValueOrDefault(d.Constituency), "deputy",
                period, Date(d.TookOfficeOn), left));
            if (d.GroupId is { } g) memberships.Add(new(Ids.Membership(d.Id, "group"), Ids.Person(d.Id), Ids.Group(g), null, "member", period, null, left));
        }
        memberships.AddRange(holders.Select(h => new PopoloMembership(Ids.Membership(h.Id, "office"),
            h.DeputyId is { } deputy ? Ids.Person(deputy) : Ids.OfficePerson(h.Id), OfficeOrganization(h.Office, township.Id),
            offices[(h.Office, OfficeTitle(h))], h.Office.ToString(), period, Date(h.Since), null)));

        var events = new List<PopoloEvent> { new(period, names.Term(term.Ordinal), "legislative period", term.StartYear.ToString(CultureInfo.InvariantCulture),
            term.EndYear.ToString(CultureInfo.InvariantCulture), congress, null) };
        events.AddRange(sessions.Select(s => new PopoloEvent(Ids.Session(s.Id), SessionNames.Of(term.Ordinal, s.Ordinal, township.Name), "session",
            Date(s.ActualStart ?? s.PlannedStart), Date(SessionDates.End(s.PlannedStart, s.PlannedEnd, s.ActualStart, s.ActualEnd)), congress, period)));

        var opened = sessions.ToDictionary(s => s.Id, s => Date(s.ActualStart ?? s.PlannedStart));
        var motions = votes.Select(v => new PopoloMotion(Ids.Motion(v.Id), congress, Ids.Session(v.SessionId), v.Title, SessionLabels.VoteKinds.Of(v.Kind),
            opened[v.SessionId], Result(v))).ToList();
        var voteEvents = votes.Select(v => new PopoloVoteEvent(Ids.Vote(v.Id), Ids.Motion(v.Id), Ids.Session(v.SessionId), congress, opened[v.SessionId], Result(v),
            [new("yes", v.For), new("no", v.Against), new("abstain", v.Abstain), new("absent", Math.Max(0, v.DeputiesInOffice - v.Present))],
            v.DeputyVotes.OrderBy(x => x.DeputyId).Select(x => new PopoloVote(Ids.Vote(v.Id), Ids.Person(x.DeputyId), Option(x.Choice))).ToList())).ToList();

        return new PopoloDocument(areas, organizations, persons, posts, memberships, events, motions, voteEvents);
    }

    private static string OfficeTitle(OfficeHolder h) => h.OfficeTitle.Length > 0 ? h.OfficeTitle : SessionLabels.Office.Of(h.Office);

    private static string OfficeOrganization(ElectionOffice office, Guid townshipId) => office switch
    {
        ElectionOffice.Head or ElectionOffice.DeputyHead => Ids.Government(townshipId),
        ElectionOffice.PresidiumMember => Ids.Presidium(townshipId),
        _ => Ids.Congress(townshipId),
    };

    private static string? GenderOf(Gender gender) => gender switch { Gender.Male => "male", Gender.Female => "female", _ => null };

    private static string Option(VoteChoice choice) => choice switch { VoteChoice.For => "yes", VoteChoice.Against => "no", _ => "abstain" };

    private static string Result(SessionVote v) => v.Adopted ? "pass" : "fail";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The export's ids: stable paths over the records' own ids.</summary>
    public static class Ids
    {
        public static string Area(Guid townshipId) => $"area/{townshipId}";
        public static string Village(Guid id) => $"area/village/{id}";
        public static string Congress(Guid townshipId) => $"org/congress/{townshipId}";
        public static string Presidium(Guid townshipId) => $"org/presidium/{townshipId}";
        public static string Government(Guid townshipId) => $"org/government/{townshipId}";
        public static string Group(Guid id) => $"org/group/{id}";
        public static string Person(Guid deputyId) => $"person/{deputyId}";
        public static string OfficePerson(Guid officeHolderId) => $"person/office/{officeHolderId}";
        public static string Membership(Guid id, string kind) => $"membership/{kind}/{id}";
        public static string Term(Guid id) => $"event/term/{id}";
        public static string Session(Guid id) => $"event/session/{id}";
        public static string Motion(Guid voteId) => $"motion/{voteId}";
        public static string Vote(Guid voteId) => $"vote/{voteId}";
    }

    #region Chinese by design: the names of the bodies, as the township calls them
    private sealed record Names(string Township)
    {
        public string Congress => $"{Township}人民代表大会";
        public string Presidium => $"{Township}人民代表大会主席团";
        public string Government => $"{Township}人民政府";
        public string Term(int ordinal) => $"{Township}{ChineseNumerals.TermOrdinal(ordinal)}人民代表大会";
        public string Seat(string constituency) => $"{constituency}代表";
    }
    #endregion
}
