using MiniExcelLibs;

namespace Township.Congress.Testing.Infrastructure;

/// <summary>Spreadsheets built in memory, one dictionary per row (header → cell), as an office clerk's .xlsx would arrive.</summary>
public static class Sheets
{
    /// <summary>An .xlsx of <paramref name="rows"/>, positioned at its start for an importer to read.</summary>
    public static MemoryStream Of(params Dictionary<string, object?>[] rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows);
        stream.Position = 0;
        return stream;
    }
}
