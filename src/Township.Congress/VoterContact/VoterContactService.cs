using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.LiaisonStations;
using Township.Congress.Model;
using Township.Congress.Resources;
using Township.Congress.Rules;
using Township.Congress.Suggestions;

namespace Township.Congress.VoterContact;

/// <summary>
/// Plans reception days, records their visitors (a matter made into a suggestion registers the item through
/// <see cref="SuggestionService"/>, with the duty deputy as lead) and records deputies' own contacts.
/// </summary>
/// <param name="calendar">Required by the suggestion service for the items made of matters.</param>
public sealed class VoterContactService(CongressDbContext db, WorkCalendar calendar)
{
    private DateOnly Today => ChineseDate.TodayInChina(db.Clock);

    /// <summary>The county's thresholds in force for a township, for the flags a page shows.</summary>
    public Task<CountyRules> RulesAsync(Guid townshipId, CancellationToken ct = default) =>
        new CountyRulesService(db).ForTownshipAsync(townshipId, ct);

    public async Task<ReceptionDay> CreateReceptionAsync(Guid townshipId, ReceptionInput input, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var day = new ReceptionDay { TownshipId = townshipId };
        return await SaveReceptionAsync(day, input, isNew: true, ct);
    }

    public async Task<ReceptionDay> UpdateReceptionAsync(Guid id, ReceptionInput input, long version, CancellationToken ct = default)
    {
        var day = await db.FindVisibleAsync<ReceptionDay>(id, ct);
        await db.Entry(day).Collection(d => d.Duties).LoadAsync(ct);
        await db.Entry(day).Collection(d => d.Visits).LoadAsync(ct);
        db.EditingVersion(day, version);
        return await SaveReceptionAsync(day, input, isNew: false, ct);
    }

    /// <summary>Adds one visitor to a recorded day (the reception page's dialog).</summary>
    public async Task<ReceptionVisit> AddVisitAsync(Guid receptionId, VisitInput input, CancellationToken ct = default)
    {
        var day = await db.FindVisibleAsync<ReceptionDay>(receptionId, ct);
        db.Scope.EnsureCanWrite(day.TownshipId, nameof(ReceptionDay), day.Id);
        await db.Entry(day).Collection(d => d.Duties).LoadAsync(ct);
        var station = await db.LiaisonStations.AsNoTracking().FirstAsync(s => s.Id == day.StationId, ct);
        var errors = new List<ValidationError>();
        input.Id = null;
        await CheckVisitsAsync(day.TownshipId, day.Date, day.Duties.Select(d => d.DeputyId).ToList(), [input], "", errors, ct);
        DomainValidationException.ThrowIfAny(errors);
        var visit = new ReceptionVisit { TownshipId = day.TownshipId, ReceptionDayId = day.Id, Matter = "" };
        Apply(visit, input, day);
        db.Add(visit);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await MakeSuggestionsAsync(day, station, [(visit, input)], ct);
        await tx.CommitAsync(ct);
        return visit;
    }

    /// <summary>
    /// Edits one visitor's line against its version. A phone sent back as the page showed it masked keeps the stored
    /// number; a matter already made into a suggestion keeps its disposition and link.
    /// </summary>
    public async Task<ReceptionVisit> UpdateVisitAsync(Guid receptionId, Guid visitId, VisitInput input, long version, CancellationToken ct = default)
    {
        var (day, visit) = await VisitOfAsync(receptionId, visitId, ct);
        var station = await db.LiaisonStations.AsNoTracking().FirstAsync(s => s.Id == day.StationId, ct);
        if (input.ContactPhone is { } shown && shown != visit.ContactPhone && shown == db.Scope.DisclosePhone(visit.ContactPhone))
            input.ContactPhone = visit.ContactPhone;
        var errors = new List<ValidationError>();
        input.Id = visit.Id;
        await CheckVisitsAsync(day.TownshipId, day.Date, day.Duties.Select(d => d.DeputyId).ToList(), [input], "", errors, ct);
        DomainValidationException.ThrowIfAny(errors);
        db.EditingVersion(visit, version);
        var makes = input.Disposition == ReceptionDisposition.MadeSuggestion && visit.SuggestionId is null;
        Apply(visit, input, day);
        await using var tx = makes ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await MakeSuggestionsAsync(day, station, [(visit, input)], ct);
            await tx.CommitAsync(ct);
        }
        return visit;
    }

    /// <summary>Removes one visitor's line against its version; one made into a suggestion stays, as the suggestion names it.</summary>
    public async Task RemoveVisitAsync(Guid receptionId, Guid visitId, long version, CancellationToken ct = default)
    {
        var (_, visit) = await VisitOfAsync(receptionId, visitId, ct);
        if (visit.SuggestionId is not null)
            throw new DomainValidationException([new("Visit", ModelText.Reception_VisitWithSuggestionKept)]);
        db.EditingVersion(visit, version);
        db.Remove(visit);
        await db.SaveChangesAsync(ct);
    }

    private async Task<(ReceptionDay Day, ReceptionVisit Visit)> VisitOfAsync(Guid receptionId, Guid visitId, CancellationToken ct)
    {
        var day = await db.FindVisibleAsync<ReceptionDay>(receptionId, ct);
        db.Scope.EnsureCanWrite(day.TownshipId, nameof(ReceptionDay), day.Id);
        var visit = await db.FindVisibleAsync<ReceptionVisit>(visitId, ct);
        if (visit.ReceptionDayId != day.Id) throw new DomainValidationException([new("Visit", ModelText.Reception_VisitUnknown)]);
        await db.Entry(day).Collection(d => d.Duties).LoadAsync(ct);
        return (day, visit);
    }

    public async Task<ConstituentContact> CreateContactAsync(Guid townshipId, ContactInput input, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        DomainValidationException.ThrowIfAny(await CheckContactAsync(townshipId, input, ct));
        var contact = new ConstituentContact { TownshipId = townshipId, Raised = "" };
        Apply(contact, input);
        db.Add(contact);
        await db.SaveChangesAsync(ct);
        return contact;
    }

    public async Task<ConstituentContact> UpdateContactAsync(Guid id, ContactInput input, long version, CancellationToken ct = default)
    {
        var contact = await db.FindVisibleAsync<ConstituentContact>(id, ct);
        DomainValidationException.ThrowIfAny(await CheckContactAsync(contact.TownshipId, input, ct));
        db.EditingVersion(contact, version);
        Apply(contact, input);
        await db.SaveChangesAsync(ct);
        return contact;
    }

    private async Task<ReceptionDay> SaveReceptionAsync(ReceptionDay day, ReceptionInput input, bool isNew, CancellationToken ct)
    {
        db.Scope.EnsureCanWrite(day.TownshipId, nameof(ReceptionDay), day.Id);
        input.Place = (input.Place ?? "").Trim();
        input.Note = (input.Note ?? "").Trim();
        var duties = (input.DutyDeputyIds ?? []).Distinct().ToList();
        var errors = db.Model.CheckInput(typeof(ReceptionDay), input);
        var station = await db.LiaisonStations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == input.StationId && s.TownshipId == day.TownshipId, ct);
        if (station is null) errors.Add(new(nameof(input.StationId), ModelText.Reception_StationUnknown));
        if (input.Date == default || input.Date > Today.AddYears(1)) errors.Add(new(nameof(input.Date), ModelText.Reception_DateInvalid));
        if (input.NoticePostedOn is { } posted && (posted > input.Date || posted > Today))
            errors.Add(new(nameof(input.NoticePostedOn), ModelText.Reception_NoticeAfterDay));
        if (duties.Count == 0) errors.Add(new(nameof(input.DutyDeputyIds), ModelText.Reception_DutyRequired));
        var known = await db.Deputies.Where(d => duties.Contains(d.Id) && d.TownshipId == day.TownshipId).CountAsync(ct);
        if (known != duties.Count) errors.Add(new(nameof(input.DutyDeputyIds), ModelText.Reception_DeputyOfOtherTownship));
        if (input.Visits is { } visits)
        {
            await CheckVisitsAsync(day.TownshipId, input.Date, duties, visits, "Visits", errors, ct);
            if (day.Visits.Any(v => v.SuggestionId != null && visits.All(i => i.Id != v.Id)))
                errors.Add(new("Visits", ModelText.Reception_VisitWithSuggestionKept));
            if (visits.Any(i => i.Id is { } id && day.Visits.All(v => v.Id != id)))
                errors.Add(new("Visits", ModelText.Reception_VisitUnknown));
        }
        DomainValidationException.ThrowIfAny(errors);

        day.StationId = input.StationId;
        day.Date = input.Date;
        day.Place = input.Place.Length > 0 ? input.Place : station!.Venue;
        day.NoticePostedOn = input.NoticePostedOn;
        day.Note = input.Note;
        var removedDuties = day.Duties.Where(d => !duties.Contains(d.DeputyId)).ToList();
        db.RemoveRange(removedDuties);
        foreach (var id in duties.Where(id => day.Duties.All(d => d.DeputyId != id)))
            db.Add(new ReceptionDuty { TownshipId = day.TownshipId, ReceptionDayId = day.Id, DeputyId = id });
        if (isNew) db.Add(day);

        var made = new List<(ReceptionVisit, VisitInput)>();
        if (input.Visits is { } given)
        {
            db.RemoveRange(day.Visits.Where(v => given.All(i => i.Id != v.Id)).ToList());
            foreach (var i in given)
            {
                var visit = i.Id is { } vid ? day.Visits.First(v => v.Id == vid) : null;
                if (visit is null)
                {
                    visit = new ReceptionVisit { TownshipId = day.TownshipId, ReceptionDayId = day.Id, Matter = "" };
                    db.Add(visit);
                }
                Apply(visit, i, day, duties);
                if (i.Disposition == ReceptionDisposition.MadeSuggestion && visit.SuggestionId is null) made.Add((visit, i));
            }
        }
        await using var tx = made.Count > 0 ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await MakeSuggestionsAsync(day, station!, made, ct);
            await tx.CommitAsync(ct);
        }
        return day;
    }

    /// <summary>Registers a suggestion for each matter made into one, led by the deputy who received it, and links it.</summary>
    private async Task MakeSuggestionsAsync(ReceptionDay day, LiaisonStation station, List<(ReceptionVisit Visit, VisitInput Input)> made, CancellationToken ct)
    {
        if (made.Count == 0) return;
        var suggestions = new SuggestionService(db, calendar);
        foreach (var (visit, input) in made)
        {
            var title = input.SuggestionTitle.Trim();
            var item = await suggestions.CreateAsync(day.TownshipId, new SuggestionInput
            {
                Kind = SuggestionKind.Suggestion, Title = title.Length > 0 ? title : TitleOf(visit.Matter), Text = visit.Matter,
                LeadDeputyId = visit.ReceivedById, SubmittedOn = day.Date <= Today ? day.Date : Today,
                Source = SuggestionSource.ConstituentContact, SourceNote = VoterContactLabels.SourceNote(station.Name, day.Date),
            }, ct);
            visit.SuggestionId = item.Id;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A title from the matter's first line, cut at 30 characters.</summary>
    public static string TitleOf(string matter)
    {
        var first = TextLines.Split(matter).FirstOrDefault() ?? matter;
        return first.Length > 30 ? first[..30] + "…" : first;
    }

    private async Task CheckVisitsAsync(Guid townshipId, DateOnly date, List<Guid> duties, IReadOnlyList<VisitInput> visits, string prefix,
        List<ValidationError> errors, CancellationToken ct)
    {
        var villages = (await db.Villages.Where(v => v.TownshipId == townshipId).Select(v => v.Id).ToListAsync(ct)).ToHashSet();
        for (var n = 0; n < visits.Count; n++)
        {
            var i = visits[n];
            var field = (string name) => prefix.Length == 0 ? name : $"{prefix}[{n}].{name}";
            i.VisitorName = (i.VisitorName ?? "").Trim();
            i.ContactPhone = (i.ContactPhone ?? "").Trim();
            i.Matter = (i.Matter ?? "").Trim();
            i.Reply = (i.Reply ?? "").Trim();
            i.SuggestionTitle ??= "";
            foreach (var e in db.Model.CheckInput(typeof(ReceptionVisit), i, new Dictionary<string, string> { ["SuggestionTitle"] = "Suggestion.Title" }))
                errors.Add(new(field(e.Field), e.Message));
            if (i.Matter.Length == 0) errors.Add(new(field(nameof(i.Matter)), ModelText.Reception_MatterRequired));
            if (i.ContactPhone.Length > 0 && !i.ContactPhone.All(c => char.IsAsciiDigit(c) || c == '-' || c == ' '))
                errors.Add(new(field(nameof(i.ContactPhone)), ModelText.Reception_PhoneInvalid));
            if (i.VillageId is { } v && !villages.Contains(v)) errors.Add(new(field(nameof(i.VillageId)), ModelText.Reception_VillageUnknown));
            if (i.ReceivedById is { } r && !duties.Contains(r)) errors.Add(new(field(nameof(i.ReceivedById)), ModelText.Reception_ReceiverNotOnDuty));
            if (i.Disposition == ReceptionDisposition.MadeSuggestion && date > Today)
                errors.Add(new(field(nameof(i.Disposition)), ModelText.Reception_SuggestionBeforeDay));
        }
    }

    private static void Apply(ReceptionVisit visit, VisitInput i, ReceptionDay day, List<Guid>? duties = null)
    {
        visit.VisitorName = i.VisitorName;
        visit.VillageId = i.VillageId;
        visit.ContactPhone = i.ContactPhone;
        visit.Matter = i.Matter;
        visit.Reply = i.Reply;
        visit.ReceivedById = i.ReceivedById ?? (duties ?? day.Duties.Select(d => d.DeputyId).ToList()).FirstOrDefault();
        if (visit.SuggestionId is null) visit.Disposition = i.Disposition;
    }

    private async Task<List<ValidationError>> CheckContactAsync(Guid townshipId, ContactInput input, CancellationToken ct)
    {
        input.Way = (input.Way ?? "").Trim();
        input.Raised = (input.Raised ?? "").Trim();
        var errors = db.Model.CheckInput(typeof(ConstituentContact), input);
        if (!await db.Deputies.AnyAsync(d => d.Id == input.DeputyId && d.TownshipId == townshipId, ct))
            errors.Add(new(nameof(input.DeputyId), ModelText.Reception_DeputyOfOtherTownship));
        if (input.Date == default || input.Date > Today) errors.Add(new(nameof(input.Date), ModelText.Contact_DateInvalid));
        if (input.Constituents is < 1 or > 10_000) errors.Add(new(nameof(input.Constituents), ModelText.Contact_ConstituentsInvalid));
        if (input.Raised.Length == 0) errors.Add(new(nameof(input.Raised), ModelText.Contact_RaisedRequired));
        return errors;
    }

    private static void Apply(ConstituentContact c, ContactInput input)
    {
        c.DeputyId = input.DeputyId;
        c.Date = input.Date;
        c.Constituents = input.Constituents;
        c.Way = input.Way;
        c.Raised = input.Raised;
    }
}
