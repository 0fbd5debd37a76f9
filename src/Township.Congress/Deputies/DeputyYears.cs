using System.Linq.Expressions;

namespace Township.Congress.Deputies;

/// <summary>Which deputies a year's figures count: one definition for the contact targets, the training rate, the dashboards and the deputy records.</summary>
public static class DeputyYears
{
    /// <summary>
    /// In office at some time in <paramref name="year"/>: in office now, or whose status changed during or after that year,
    /// and who took office by the year's end.
    /// </summary>
    public static Expression<Func<Deputy, bool>> InOfficeDuring(int year) => InOfficeDuring(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The same for any span of days (a quarter of the deputy records, a term).</summary>
    public static Expression<Func<Deputy, bool>> InOfficeDuring(DateOnly start, DateOnly end) =>
        d => (d.Status == DeputyStatus.InOffice || d.StatusSince >= start) && (d.TookOfficeOn == null || d.TookOfficeOn <= end);
}
