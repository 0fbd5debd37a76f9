using Township.Congress.AnnualReports;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Features.AnnualReports;

/// <summary>The page's words for a report's state.</summary>
public static class AnnualReportText
{
    public static string State(AnnualReportState state) => state == AnnualReportState.Final ? UiText.AR_Final : UiText.AR_Draft;
}
