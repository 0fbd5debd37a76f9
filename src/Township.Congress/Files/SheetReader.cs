using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Township.Congress.Files;

/// <summary>
/// Reads the first worksheet of an .xlsx for the imports: row 1 is the header, and every later row
/// up to the last one present becomes one dictionary from header to value (null for an empty cell;
/// a row missing from the file is a row of nulls, so a row's index still gives its Excel number).
/// Values are as MiniExcel's Query gave them before (it read these sheets until the suggestion import
/// had to be fast): text as string, numbers as double, a number in a date format as DateTime, a
/// boolean as bool. MiniExcel read each sheet twice and built an ExpandoObject per row: for an import
/// of 2,000 rows that was 18 MB allocated and a tenth of the import's time.
/// </summary>
public static class SheetReader
{
    private static readonly XmlReaderSettings Settings = new() { IgnoreComments = true, IgnoreProcessingInstructions = true, DtdProcessing = DtdProcessing.Prohibit };

    /// <summary>The rows after the header, keyed by the header's texts. Throws on a file that is not a readable workbook.</summary>
    public static List<IDictionary<string, object?>> Read(Stream xlsx)
    {
        using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        var sheet = FirstSheet(zip) ?? throw new InvalidDataException("The workbook has no worksheet.");
        var strings = SharedStrings(zip);
        var dateStyles = DateStyles(zip);

        var headers = new Dictionary<int, string>();
        var rows = new List<IDictionary<string, object?>>();
        using var reader = XmlReader.Create(sheet.Open(), Settings);
        var rowNumber = 0;
        while (NextElement(reader, "row"))
        {
            rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
            var cells = ReadRow(reader, strings, dateStyles);
            if (rowNumber == 1)
            {
                foreach (var (column, value) in cells)
                {
                    if (value?.ToString() is { } text && !string.IsNullOrWhiteSpace(text)) headers[column] = text;
                }
                continue;
            }
            while (rows.Count < rowNumber - 2) rows.Add(EmptyRow(headers));
            var row = EmptyRow(headers);
            foreach (var (column, value) in cells)
            {
                if (headers.TryGetValue(column, out var header)) row[header] = value;
            }
            rows.Add(row);
        }
        return rows;
    }

    private static IDictionary<string, object?> EmptyRow(Dictionary<int, string> headers)
    {
        var row = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
        foreach (var header in headers.Values) row.TryAdd(header, null);
        return row;
    }

    // Each of the readers below starts on its element and leaves the reader on its end tag (or on the element
    // itself when it is empty), so its caller reads on from there. A node is only passed over after it was looked at.

    /// <summary>The cells of the row the reader stands on, by column (0 = A).</summary>
    private static List<(int Column, object? Value)> ReadRow(XmlReader reader, List<string> strings, HashSet<int> dateStyles)
    {
        var cells = new List<(int, object?)>();
        if (reader.IsEmptyElement) return cells;
        var depth = reader.Depth;
        var column = -1;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                column = ColumnOf(reader.GetAttribute("r")) ?? column + 1;
                var type = reader.GetAttribute("t");
                var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
                if (CellText(reader, type == "inlineStr") is { Length: > 0 } raw) cells.Add((column, ValueOf(raw, type, dateStyles.Contains(style), strings)));
            }
            reader.Read();
        }
        return cells;
    }

    /// <summary>The text of the cell's value: its &lt;v&gt;, or its inline string.</summary>
    private static string? CellText(XmlReader reader, bool inline)
    {
        if (reader.IsEmptyElement) return null;
        var depth = reader.Depth;
        string? text = null;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v" && !inline)
            {
                text = reader.ReadElementContentAsString();
                continue;
            }
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is" && inline) text = StringItem(reader);
            reader.Read();
        }
        return text;
    }

    private static object? ValueOf(string raw, string? type, bool dateStyle, List<string> strings)
    {
        object value = type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : null!,
            "inlineStr" or "str" => SheetEscapes.Decode(raw),
            "b" => raw == "1",
            "e" => raw,
            "d" => DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : raw,
            _ => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : raw,
        };
        // Excel stores a date as its serial number in a date format: the imports want the date.
        if (dateStyle && value is double serial && serial is > -657435.0 and < 2958466.0) return DateTime.FromOADate(serial);
        return value;
    }

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt;: its &lt;t&gt;s and its rich-text runs' &lt;t&gt;s, not the phonetic hints (&lt;rPh&gt;).</summary>
    private static string StringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement) return "";
        var depth = reader.Depth;
        var text = new System.Text.StringBuilder();
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                text.Append(reader.ReadElementContentAsString());
                continue;
            }
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
                continue;
            }
            reader.Read();
        }
        return SheetEscapes.Decode(text.ToString());
    }

    /// <summary>"B12" → 1; null without a reference (some writers leave it out, the cells then follow each other).</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++) column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return i == 0 ? null : column - 1;
    }

    private static List<string> SharedStrings(ZipArchive zip)
    {
        var strings = new List<string>();
        if (Entry(zip, "xl/sharedStrings.xml") is not { } entry) return strings;
        using var reader = XmlReader.Create(entry.Open(), Settings);
        while (NextElement(reader, "si")) strings.Add(StringItem(reader));
        return strings;
    }

    /// <summary>The cell styles (indexes into cellXfs) whose number format shows a date or time.</summary>
    private static HashSet<int> DateStyles(ZipArchive zip)
    {
        var styles = new HashSet<int>();
        if (Entry(zip, "xl/styles.xml") is not { } entry) return styles;
        var custom = new Dictionary<int, string>();
        using var reader = XmlReader.Create(entry.Open(), Settings);
        var index = 0;
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs") inCellXfs = false;
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id):
                    custom[id] = reader.GetAttribute("formatCode") ?? "";
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var format = int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var f) ? f : 0;
                    if (custom.TryGetValue(format, out var code) ? SheetNumberFormats.IsDate(code) : SheetNumberFormats.IsBuiltInDate(format)) styles.Add(index);
                    index++;
                    break;
            }
        }
        return styles;
    }

    /// <summary>The first sheet in the workbook's order (xl/workbook.xml through its relationships), else the only one.</summary>
    private static ZipArchiveEntry? FirstSheet(ZipArchive zip)
    {
        if (Entry(zip, "xl/workbook.xml") is { } workbook && Entry(zip, "xl/_rels/workbook.xml.rels") is { } rels)
        {
            string? id;
            using (var reader = XmlReader.Create(workbook.Open(), Settings))
                id = NextElement(reader, "sheet") ? RelationshipId(reader) : null;
            using (var reader = XmlReader.Create(rels.Open(), Settings))
            {
                while (id is not null && NextElement(reader, "Relationship"))
                {
                    if (reader.GetAttribute("Id") != id) continue;
                    var target = reader.GetAttribute("Target") ?? "";
                    return Entry(zip, target.StartsWith('/') ? target[1..] : "xl/" + target);
                }
            }
        }
        var sheets = zip.Entries.Where(e => e.FullName.TrimStart('/').StartsWith("xl/worksheets/sheet", StringComparison.OrdinalIgnoreCase)).ToList();
        return sheets.Count == 1 ? sheets[0] : null;
    }

    /// <summary>The next element of that local name, whatever its prefix (some writers put every element under "x:").</summary>
    private static bool NextElement(XmlReader reader, string name)
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == name) return true;
        }
        return false;
    }

    /// <summary>The sheet's r:id, in the transitional or the strict relationships namespace.</summary>
    private static string? RelationshipId(XmlReader reader)
    {
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0) return reader.Value;
        }
        return null;
    }

    private static ZipArchiveEntry? Entry(ZipArchive zip, string path) =>
        zip.GetEntry(path) ?? zip.GetEntry("/" + path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.TrimStart('/'), path, StringComparison.OrdinalIgnoreCase));
}
