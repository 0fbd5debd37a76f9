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

    public void Next(string title) => document.Heading1($"{ChineseNumerals.Format(++count)}、{title}");
}
