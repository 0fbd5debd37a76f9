using Township.Congress.Formatting;
using Township.Congress.Reports.Layout;

namespace Township.Congress.Reports.Documents.Common;

/// <summary>
/// Numbers first-level headings in the order they are written ("一、…", "二、…"), so a document can
/// leave out an empty section without leaving a gap in the numbering.
/// </summary>
internal sealed class SectionHeadings(OfficialDocument document)
{
    private int count;

    /// <returns>The heading as written, for a table under it that repeats it with （续）.</returns>
    public string Next(string title)
    {
        var heading = $"{ChineseNumerals.Format(++count)}、{title}";
        document.Heading1(heading);
        return heading;
    }
}
