using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.DeputyRecords;

/// <summary>
/// The 履职天数 section: the days on duty against the county's rule, and the month calendar as a strip of
/// months with the number of things recorded in each ("—" for a month with nothing), twelve months to a strip.
/// </summary>
internal static class DutyCalendar
{
    private const int MonthsPerStrip = 12;

    // A term's calendar labels its months with the year ("2024年3月"): half as many fit a strip.
    private const int LongLabelMonthsPerStrip = 6;

    public static void Write(OfficialDocument document, SectionHeadings sections, RecordDuty duty)
    {
        var heading = sections.Next("履职天数");
        var active = duty.Months.Count(m => m.Count > 0);
        var rule = string.IsNullOrWhiteSpace(duty.RuleText) ? string.Empty : $"（{duty.RuleText}）";
        document.Paragraph(active == 0
            ? $"履职天数{Number(duty.Days)}天{rule}，本期间无履职记录。"
            : $"履职天数{Number(duty.Days)}天{rule}，有履职记录的月份{Number(active)}个：",
            keepWithNext: duty.Months.Count > 0);

        var perStrip = duty.Months.Any(m => m.Label.Length > 3) ? LongLabelMonthsPerStrip : MonthsPerStrip;
        foreach (var strip in duty.Months.Chunk(perStrip))
        {
            TableColumn[] columns = [new("月份", 1.4), .. strip.Select(m => new TableColumn(m.Label, 1))];
            document.Table(columns, [(IReadOnlyList<string>)["记录", .. strip.Select(m => m.Count > 0 ? Number(m.Count) : "—")]], continuedHeading: heading);
        }
    }
}
