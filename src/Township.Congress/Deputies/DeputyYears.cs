using System.Linq.Expressions;

namespace Township.Congress.Deputies;

/// <summary>Which deputies a year's figures count: one definition for the contact targets, the training rate and the dashboards.</summary>
public static class DeputyYears
{
    /// <summary>
    /// In office at some time in <paramref name="year"/>: in office now, or whose status changed during or after that year,
    /// and who took office by the year's end.
    /// </summary>
    public static Expression<Func<Deputy, bool>> InOfficeDuring(int year)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        return d => (d.Status == DeputyStatus.InOffice || d.StatusSince >= start) && (d.TookOfficeOn == null || d.TookOfficeOn <= end);
    }
}
