using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;

namespace Township.Congress.Auditing;

/// <summary>A record's name for people: a deputy's name, an item's number, a session's title.</summary>
public sealed record RecordName(Guid Id, string Name);

/// <summary>
/// Resolves audited record keys to names, a page of rows at a time (one query per record type).
/// Reads through the viewer's scope, so nobody learns a name they could not read anyway; parts of
/// a record (a status change, an assignment) are named after the record they belong to.
/// </summary>
public static class AuditRecordNames
{
    private delegate IQueryable<RecordName> Resolver(CongressDbContext db, List<Guid> ids);

    private static readonly Dictionary<string, Resolver> Resolvers = new()
    {
        ["County"] = (db, ids) => db.Counties.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["Township"] = (db, ids) => db.Townships.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["Village"] = (db, ids) => db.Villages.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["Term"] = (db, ids) => db.Terms.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, ChineseNumerals.TermOrdinal(x.Ordinal))),
        ["Deputy"] = (db, ids) => db.Deputies.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["DeputyGroup"] = (db, ids) => db.DeputyGroups.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["LiaisonStation"] = (db, ids) => db.LiaisonStations.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["HandlingUnit"] = (db, ids) => db.HandlingUnits.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["SuggestionCategory"] = (db, ids) => db.SuggestionCategories.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["Suggestion"] = (db, ids) => db.Suggestions.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, Suggestion.FormatNumber(x.Year, x.Sequence))),
        ["CongressSession"] = (db, ids) => db.Sessions.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id,
            SessionNames.Of(db.Terms.Where(t => t.Id == x.TermId).Select(t => t.Ordinal).FirstOrDefault(), x.Ordinal, null))),
        ["PresidiumMeeting"] = (db, ids) => db.PresidiumMeetings.Where(x => ids.Contains(x.Id))
            .Select(x => new RecordName(x.Id, $"{x.Date.Year}年第{x.NumberInYear}次")),
        ["AgendaItem"] = (db, ids) => db.Set<AgendaItem>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Title)),
        ["AgendaDocument"] = (db, ids) => db.Set<AgendaDocument>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.FileName)),
        ["SessionCorrection"] = (db, ids) => db.Set<SessionCorrection>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Change)),
        ["SessionVote"] = (db, ids) => db.Set<SessionVote>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Title)),
        ["Election"] = (db, ids) => db.Set<Election>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.OfficeTitle)),
        ["ElectionCandidate"] = (db, ids) => db.Set<ElectionCandidate>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["LivelihoodCandidate"] = (db, ids) => db.Set<LivelihoodCandidate>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["OfficeHolder"] = (db, ids) => db.Set<OfficeHolder>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["PresidiumAction"] = (db, ids) => db.Set<PresidiumMeetings.PresidiumAction>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Description)),
        ["ChecklistItem"] = (db, ids) => db.ChecklistItems.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id,
            db.LiaisonStations.Where(s => s.Id == x.StationId).Select(s => s.Name).FirstOrDefault() ?? "")),
        ["ReceptionDay"] = (db, ids) => db.ReceptionDays.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id,
            (db.LiaisonStations.Where(s => s.Id == x.StationId).Select(s => s.Name).FirstOrDefault() ?? "") + " " + ChineseDate.Format(x.Date))),
        ["ReceptionVisit"] = (db, ids) => db.Set<VoterContact.ReceptionVisit>().Where(x => ids.Contains(x.Id)).Join(db.ReceptionDays, x => x.ReceptionDayId, d => d.Id,
            (x, d) => new RecordName(x.Id, (db.LiaisonStations.Where(s => s.Id == d.StationId).Select(s => s.Name).FirstOrDefault() ?? "") + " " + ChineseDate.Format(d.Date))),
        ["ReceptionDuty"] = (db, ids) => db.Set<VoterContact.ReceptionDuty>().Where(x => ids.Contains(x.Id)).Join(db.Deputies, x => x.DeputyId, d => d.Id, (x, d) => new RecordName(x.Id, d.Name)),
        ["ConstituentContact"] = (db, ids) => db.ConstituentContacts.Where(x => ids.Contains(x.Id)).Join(db.Deputies, x => x.DeputyId, d => d.Id,
            (x, d) => new RecordName(x.Id, d.Name + " " + ChineseDate.Format(x.Date))),
        ["VoterReport"] = (db, ids) => db.VoterReports.Where(x => ids.Contains(x.Id)).Join(db.Deputies, x => x.DeputyId, d => d.Id, (x, d) => new RecordName(x.Id, d.Name)),
        ["Petition"] = (db, ids) => db.Petitions.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.VisitorName)),
        // Parts of a deputy's record: named after the deputy.
        ["DeputyStatusChange"] = (db, ids) => db.DeputyStatusChanges.Where(x => ids.Contains(x.Id)).Join(db.Deputies, x => x.DeputyId, d => d.Id, (x, d) => new RecordName(x.Id, d.Name)),
        ["SessionAttendance"] = (db, ids) => db.Set<SessionAttendance>().Where(x => ids.Contains(x.Id)).Join(db.Deputies, x => x.DeputyId, d => d.Id, (x, d) => new RecordName(x.Id, d.Name)),
        ["SessionPresidiumMember"] = (db, ids) => db.Set<SessionPresidiumMember>().Where(x => ids.Contains(x.Id)).Join(db.Deputies, x => x.DeputyId, d => d.Id, (x, d) => new RecordName(x.Id, d.Name)),
        ["DeputyVote"] = (db, ids) => db.Set<DeputyVote>().Where(x => ids.Contains(x.Id)).Join(db.Deputies, x => x.DeputyId, d => d.Id, (x, d) => new RecordName(x.Id, d.Name)),
        // Parts of an item: named after its number.
        ["SuggestionSigner"] = Part<SuggestionSigner>,
        ["SuggestionAssignment"] = Part<SuggestionAssignment>,
        ["SuggestionAnswer"] = Part<SuggestionAnswer>,
        ["SuggestionFeedback"] = Part<SuggestionFeedback>,
        ["SuggestionEvent"] = Part<SuggestionEvent>,
        ["SuggestionAttachment"] = Part<SuggestionAttachment>,
        ["Appraisal"] = (db, ids) => db.Appraisals.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Title)),
        ["AppraisalSubject"] = (db, ids) => db.Set<Appraisals.AppraisalSubject>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        // A livelihood project and its parts: named after the project.
        ["LivelihoodProject"] = (db, ids) => db.Set<LivelihoodProjects.LivelihoodProject>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["LivelihoodMilestone"] = (db, ids) => db.Set<LivelihoodProjects.LivelihoodMilestone>().Where(x => ids.Contains(x.Id))
            .Join(db.Set<LivelihoodProjects.LivelihoodProject>(), x => x.ProjectId, p => p.Id, (x, p) => new RecordName(x.Id, p.Name + " · " + x.Name)),
        ["LivelihoodInspection"] = (db, ids) => db.Set<LivelihoodProjects.LivelihoodInspection>().Where(x => ids.Contains(x.Id))
            .Join(db.Set<LivelihoodProjects.LivelihoodProject>(), x => x.ProjectId, p => p.Id, (x, p) => new RecordName(x.Id, p.Name)),
        ["Activity"] = (db, ids) => db.Activities.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Subject)),
        ["RectificationItem"] = (db, ids) => db.RectificationItems.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Matter)),
        ["GroupPlanItem"] = (db, ids) => db.Set<Activities.GroupPlanItem>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Subject)),
        ["ActivityParticipant"] = (db, ids) => db.Set<Activities.ActivityParticipant>().Where(x => ids.Contains(x.Id)).Join(db.Deputies, x => x.DeputyId, d => d.Id, (x, d) => new RecordName(x.Id, d.Name)),
        ["ActivityUnit"] = (db, ids) => db.Set<Activities.ActivityUnit>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.Name)),
        ["ActivityOpinion"] = (db, ids) => db.Set<Activities.ActivityOpinion>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.ReceivingUnitName)),
        ["ActivityFile"] = (db, ids) => db.Set<Activities.ActivityFile>().Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, x.FileName)),
        ["ActivitySuggestion"] = (db, ids) => db.Set<Activities.ActivitySuggestion>().Where(x => ids.Contains(x.Id))
            .Join(db.Suggestions, x => x.SuggestionId, s => s.Id, (x, s) => new RecordName(x.Id, Suggestion.FormatNumber(s.Year, s.Sequence))),
        // The record's own rows: named after the deputy they belong to.
        ["DeclaredItem"] = (db, ids) => db.DeclaredItems.Where(x => ids.Contains(x.Id)).Join(db.Deputies, x => x.DeputyId, d => d.Id, (x, d) => new RecordName(x.Id, d.Name)),
        ["DeputyInterview"] = (db, ids) => db.Set<DeputyRecords.DeputyInterview>().Where(x => ids.Contains(x.Id))
            .Join(db.Deputies, x => x.DeputyId, d => d.Id, (x, d) => new RecordName(x.Id, d.Name)),
        ["AnnualReport"] = (db, ids) => db.AnnualReports.Where(x => ids.Contains(x.Id)).Select(x => new RecordName(x.Id, AnnualReports.AnnualReport.Name(x.Year, x.Number))),
        ["AnnualReportParagraph"] = (db, ids) => db.Set<AnnualReports.AnnualReportParagraph>().Where(x => ids.Contains(x.Id))
            .Join(db.AnnualReports, x => x.AnnualReportId, r => r.Id, (x, r) => new RecordName(x.Id, AnnualReports.AnnualReport.Name(r.Year, r.Number))),
        ["ActivityOpinionSpeaker"] = (db, ids) => db.Set<DeputyRecords.ActivityOpinionSpeaker>().Where(x => ids.Contains(x.Id))
            .Join(db.Deputies, x => x.DeputyId, d => d.Id, (x, d) => new RecordName(x.Id, d.Name)),
        // A hand score: named after its township and year.
        ["ScorecardHandScore"] = (db, ids) => db.Set<Scorecards.ScorecardHandScore>().Where(x => ids.Contains(x.Id))
            .Join(db.Townships, x => x.TownshipId, t => t.Id, (x, t) => new RecordName(x.Id, t.Name + " · " + x.Year)),
    };

    /// <summary>The record types whose keys resolve to names.</summary>
    public static bool Knows(string entityType) => Resolvers.ContainsKey(entityType);

    /// <summary>Names of the given (type, id) pairs that the viewer may read; unknown or unreadable ones are left out.</summary>
    public static async Task<Dictionary<(string Type, Guid Id), string>> ResolveAsync(
        CongressDbContext db, IEnumerable<(string Type, Guid Id)> keys, CancellationToken ct = default)
    {
        var names = new Dictionary<(string, Guid), string>();
        foreach (var group in keys.Distinct().GroupBy(k => k.Type))
        {
            if (!Resolvers.TryGetValue(group.Key, out var resolve)) continue;
            var ids = group.Select(k => k.Id).ToList();
            foreach (var chunk in ids.Chunk(200))
                foreach (var found in await resolve(db, [.. chunk]).AsNoTracking().ToListAsync(ct))
                    names[(group.Key, found.Id)] = found.Name;
        }
        return names;
    }

    private static IQueryable<RecordName> Part<T>(CongressDbContext db, List<Guid> ids) where T : Entity, ISuggestionPart =>
        db.Set<T>().Where(x => ids.Contains(x.Id)).Join(db.Suggestions, x => x.SuggestionId, s => s.Id,
            (x, s) => new RecordName(x.Id, Suggestion.FormatNumber(s.Year, s.Sequence)));
}
