using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.Presidium;
using Township.Congress.Reports.Fonts;

namespace Township.Congress.Web.Features.PresidiumMeetings;

/// <summary>主席团会议纪要 from the meeting's record.</summary>
public sealed class PresidiumPrints(FontOptions fonts)
{
    public async Task<byte[]> MinutesAsync(CongressDbContext db, Guid meetingId, CancellationToken ct = default)
    {
        var m = await db.FindVisibleAsync<PresidiumMeeting>(meetingId, ct);
        await db.Entry(m).Collection(x => x.Actions).LoadAsync(ct);
        var township = await db.Townships.AsNoTracking().FirstAsync(t => t.Id == m.TownshipId, ct);
        // The minutes record the meeting: actions as they stood on its date, so a reprint says the same.
        var today = m.Date;
        var model = new PresidiumMinutesModel(
            township.Name, PresidiumMeetingNames.Of(township.Name, m),
            ChineseDate.Format(m.Date), m.Place, m.PresidedBy, Split(m.Attendees),
            Split(m.Absentees).Select(a => new AbsenceNote(a)).ToList(), "",
            PresidiumMeeting.Lines(m.Topics), PresidiumMeeting.Lines(m.Decisions),
            m.Actions.OrderBy(a => a.DueOn).Select(a => new FollowUpAction(a.Description, a.Owner, ChineseDate.Format(a.DueOn),
                a.IsOverdue(today) ? "逾期未完成" : PresidiumLabels.Of(a.Status))).ToList(),
            new DocumentSignature($"{township.Name}人大主席团", ChineseDate.Format(m.Date)),
            Closing: PresidiumMeeting.Lines(m.MinutesNotes));
        return PresidiumMinutesDocument.Render(model, fonts);
    }

    /// <summary>Names typed one per line or separated by 、，, .</summary>
    private static IReadOnlyList<string> Split(string text) =>
        text.Split(['\n', '、', '，', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
