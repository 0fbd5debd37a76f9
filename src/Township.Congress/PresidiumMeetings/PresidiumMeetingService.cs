using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.PresidiumMeetings;

public sealed class PresidiumMeetingInput
{
    public DateOnly Date { get; set; }
    public string Place { get; set; } = "";
    public string PresidedBy { get; set; } = "";
    public string Attendees { get; set; } = "";
    public string Absentees { get; set; } = "";
    public string Topics { get; set; } = "";
    public string Decisions { get; set; } = "";
    public string MinutesNotes { get; set; } = "";
    /// <summary>列席: who attended without being a member.</summary>
    public string NonVotingAttendees { get; set; } = "";
    public string RecordedBy { get; set; } = "";
}

public sealed record ActionInput(string Description, string Owner, DateOnly DueOn);

public sealed class PresidiumMeetingService(CongressDbContext db)
{
    private DateOnly Today => ChineseDate.TodayInChina(db.Clock);

    public async Task<PresidiumMeeting> CreateAsync(Guid townshipId, PresidiumMeetingInput input, CancellationToken ct = default)
    {
        var term = await db.TermForNewRecordAsync(townshipId, Validate(input), ct);
        var year = input.Date.Year;
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var number = 1 + await db.Set<PresidiumMeeting>().CountAsync(m => m.TownshipId == townshipId && m.Date >= start && m.Date <= end, ct);
        var meeting = new PresidiumMeeting { TownshipId = townshipId, TermId = term.Id, NumberInYear = number };
        Apply(meeting, input);
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public async Task<PresidiumMeeting> UpdateAsync(Guid id, PresidiumMeetingInput input, long version, CancellationToken ct = default)
    {
        var meeting = await db.FindVisibleAsync<PresidiumMeeting>(id, ct);
        DomainValidationException.ThrowIfAny(Validate(input));
        db.EditingVersion(meeting, version);
        Apply(meeting, input);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public async Task<PresidiumAction> AddActionAsync(Guid meetingId, ActionInput input, CancellationToken ct = default)
    {
        var meeting = await db.FindVisibleAsync<PresidiumMeeting>(meetingId, ct);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.Description)) errors.Add(new("Description", ModelText.Presidium_ActionTextRequired));
        if (string.IsNullOrWhiteSpace(input.Owner)) errors.Add(new("Owner", ModelText.Presidium_ResponsibleRequired));
        if (input.DueOn < meeting.Date) errors.Add(new("DueOn", ModelText.Presidium_DueBeforeMeeting));
        DomainValidationException.ThrowIfAny(errors);
        var action = new PresidiumAction
        {
            TownshipId = meeting.TownshipId, MeetingId = meetingId, Description = input.Description.Trim(),
            Owner = input.Owner.Trim(), DueOn = input.DueOn,
        };
        db.Add(action);
        await db.SaveChangesAsync(ct);
        return action;
    }

    public async Task CompleteActionAsync(Guid actionId, DateOnly completedOn, string result, long version, CancellationToken ct = default)
    {
        var action = await db.FindVisibleAsync<PresidiumAction>(actionId, ct);
        if (completedOn > Today) throw new DomainValidationException([new("CompletedOn", ModelText.Presidium_DoneInFuture)]);
        db.EditingVersion(action, version);
        action.Status = ActionStatus.Done;
        action.CompletedOn = completedOn;
        action.Result = result.Trim();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Open actions past their due date, oldest first.</summary>
    public Task<List<PresidiumAction>> OverdueAsync(Guid? townshipId = null, CancellationToken ct = default)
    {
        var today = Today;
        var query = db.Set<PresidiumAction>().AsNoTracking().Where(a => a.Status == ActionStatus.Open && a.DueOn < today);
        if (townshipId is { } t) query = query.Where(a => a.TownshipId == t);
        return query.OrderBy(a => a.DueOn).ToListAsync(ct);
    }

    private List<ValidationError> Validate(PresidiumMeetingInput input)
    {
        var errors = new List<ValidationError>();
        if (input.Date > Today.AddYears(1)) errors.Add(new(nameof(input.Date), ModelText.Presidium_DateInvalid));
        if (string.IsNullOrWhiteSpace(input.Place)) errors.Add(new(nameof(input.Place), ModelText.Meeting_VenueRequired));
        if (PresidiumMeeting.Lines(input.Topics).Count == 0) errors.Add(new(nameof(input.Topics), ModelText.Presidium_TopicRequired));
        return errors;
    }

    private static void Apply(PresidiumMeeting m, PresidiumMeetingInput input)
    {
        m.Date = input.Date;
        m.Place = input.Place.Trim();
        m.PresidedBy = input.PresidedBy.Trim();
        m.Attendees = input.Attendees.Trim();
        m.Absentees = input.Absentees.Trim();
        m.Topics = input.Topics.Trim();
        m.Decisions = input.Decisions.Trim();
        m.MinutesNotes = input.MinutesNotes.Trim();
        m.NonVotingAttendees = input.NonVotingAttendees.Trim();
        m.RecordedBy = input.RecordedBy.Trim();
    }
}
