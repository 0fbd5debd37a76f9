using System.Globalization;

namespace Township.Congress.Deputies;

/// <summary>Reads typed cells of one imported row, noting each unreadable cell as an error.</summary>
internal sealed class RowReader(IDictionary<string, object?> cells, int row, List<ImportError> errors)
{
    public bool IsBlank => cells.Values.All(v => string.IsNullOrWhiteSpace(v?.ToString()));

    /// <summary>The cell's text, without the apostrophe an export put before a formula character.</summary>
    public string Text(string column) =>
        cells.TryGetValue(column, out var v) ? Township.Congress.Common.SpreadsheetText.Unescape(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").Trim() : "";

    public DateOnly? Date(string column)
    {
        if (!cells.TryGetValue(column, out var v) || v is null || string.IsNullOrWhiteSpace(v.ToString())) return null;
        switch (v)
        {
            case DateTime dt: return DateOnly.FromDateTime(dt);
            case double serial: return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }
        var text = v.ToString()!.Trim().Replace('年', '-').Replace('月', '-').Replace("日", "").Replace('/', '-').Replace('.', '-');
        if (DateOnly.TryParseExact(text, ["yyyy-M-d", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Error(column, $"日期“{v}”无法识别，请写成 1975-03-18。");
        return null;
    }

    public void Error(string column, string reason) => errors.Add(new ImportError(row, column, reason));
}
