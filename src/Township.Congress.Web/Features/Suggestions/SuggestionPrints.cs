using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Reports.Documents.Suggestions;
using Township.Congress.Reports.Fonts;
using Township.Congress.Suggestions;

namespace Township.Congress.Web.Features.Suggestions;

/// <summary>
/// The paper fallback for units without a login: the assignment letter (交办函) followed by the
/// reply form (答复表) the unit fills in by hand; the secretary then types the answer in.
/// </summary>
public sealed class SuggestionPrints(FontOptions fonts, WorkCalendar calendar)
{
    /// <summary>For the current round's lead unit, or for one of its co-units when <paramref name="unitId"/> names one.</summary>
    public async Task<byte[]> AssignmentPacketAsync(CongressDbContext db, Guid suggestionId, Guid? unitId = null, CancellationToken ct = default)
    {
        var details = await db.DetailsAsync(suggestionId, calendar, ct);
        var item = details.Item;
        var current = details.Assignments.Where(a => a.EndedOn is null).ToList();
        if (current.Count == 0)
            throw new DomainValidationException([new("State", $"该件{SuggestionLabels.Of(item.State)}，尚未交办，不能打印交办函。")]);
        var lead = current.First(a => a.IsLead);
        var addressee = unitId is { } u
            ? current.FirstOrDefault(a => a.UnitId == u) ?? throw new DomainValidationException([new("UnitId", "该单位不是本件当前的承办单位。")])
            : lead;
        var township = details.TownshipName;
        var issuer = $"{township}人民代表大会主席团";
        var coUnits = current.Where(a => !a.IsLead).Select(a => a.UnitName).ToList();
        var coSigners = details.Signers.Where(s => !s.IsLead).Select(s => s.DeputyName).ToList();
        // The re-handling letter quotes the lead deputy's 不满意 of the round before.
        var opinion = item.Round > 1
            ? details.Feedback.Where(f => f.IsLead && f.Round == item.Round - 1 && f.Satisfaction == Satisfaction.Dissatisfied).Select(f => f.Comment).LastOrDefault()
            : null;
        var letter = new AssignmentLetterModel(
            township, issuer, $"{ShortName(township)}人交〔{item.Year}〕{item.Sequence}号", addressee.UnitName, !addressee.IsLead,
            coUnits, item.Number, SuggestionLabels.Of(item.Kind), item.Title, item.Text,
            item.FromPresidium ? "主席团" : item.LeadDeputyName, coSigners, details.CategoryName ?? "未分类",
            details.SessionName is { } session ? $"{township}{session}期间" : "闭会期间",
            ChineseDate.Format(lead.AssignedOn), ChineseDate.Format(lead.Deadline), item.Round > 1,
            // Dated by the act of assignment, not the print: a reprint is the same letter.
            ChineseDate.Format(addressee.AssignedOn), LeadUnitName: lead.UnitName, DissatisfiedOpinion: opinion);
        return AssignmentPacketDocument.Render(letter, ReplyFormModel.For(letter), fonts);
    }

    /// <summary>城关镇 → 城关, 马鹿回族乡 → 马鹿: how letter numbers abbreviate the township.</summary>
    private static string ShortName(string township) => township.Replace("回族乡", "").TrimEnd('乡', '镇');
}
