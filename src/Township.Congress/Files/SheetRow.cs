using System.Globalization;
using Township.Congress.Deputies;
using Township.Congress.Resources;

namespace Township.Congress.Files;

/// <summary>
/// Typed cells of one imported spreadsheet row, for every import (roster, suggestions): each
/// unreadable cell becomes an error of the row instead of an exception. Dates are checked against
/// the range a spreadsheet date can have, whether typed as text or stored as a serial number.
/// </summary>
public sealed class SheetRow(IDictionary<string, object?> cells, int number, List<ImportError> errors, string exampleDate)
{
    /// <summary>The last day an OLE Automation date (Excel's serial number) can name: 9999-12-31.</summary>
    private const double LastSerial = 2958465.99999999;

    public int Number => number;

    public bool IsBlank => cells.Values.All(v => string.IsNullOrWhiteSpace(v?.ToString()));

    /// <summary>The cell's text, without the apostrophe an export put before a formula character.</summary>
    public string Text(string column) =>
        cells.TryGetValue(column, out var v) ? SpreadsheetText.Unescape(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").Trim() : "";

    public DateOnly? Date(string column)
    {
        if (!cells.TryGetValue(column, out var v) || v is null || string.IsNullOrWhiteSpace(v.ToString())) return null;
        switch (v)
        {
            case DateTime dt: return DateOnly.FromDateTime(dt);
            case double serial when serial is >= 1 and <= LastSerial: return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            case double or float or decimal or int or long:
                Error(column, string.Format(ModelText.Sheet_DateOutOfRange, Convert.ToString(v, CultureInfo.InvariantCulture), exampleDate));
                return null;
        }
        var text = v.ToString()!.Trim().Replace('年', '-').Replace('月', '-').Replace("日", "").Replace('/', '-').Replace('.', '-'); // Chinese by design: reads dates written in Chinese
        if (DateOnly.TryParseExact(text, ["yyyy-M-d", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Error(column, string.Format(ModelText.Sheet_DateUnreadable, v, exampleDate));
        return null;
    }

    /// <summary>Whether the cell holds a number rather than text (what a number-formatted column makes of digits).</summary>
    public bool IsNumber(string column) =>
        cells.TryGetValue(column, out var v) && v is double or float or decimal or int or long;

    public bool HasError(string column) => errors.Any(e => e.Row == number && e.Column == column);

    public void Error(string column, string reason) => errors.Add(new ImportError(number, column, reason));
}
