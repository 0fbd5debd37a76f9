using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Township.Congress.Testing.Infrastructure;

/// <summary>
/// An exported .xlsx read from its XML, cell by cell, as a spreadsheet program sees it: each cell's
/// stored type, its number format, and the text a person reads (a date cell as 2026-03-01, a percent
/// cell as 85.7%). Also the sheet's column widths, page setup and print titles.
/// </summary>
public sealed class SheetCells
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>One cell: its stored type ("n" for numbers, "s"/"str"/"inlineStr" for text), raw value, format code and display text.</summary>
    public sealed record Cell(string Type, string Value, string Format, string Text);

    private SheetCells(XDocument sheet, XDocument workbook, int index, Dictionary<(int, int), Cell> cells)
    {
        Sheet = sheet;
        Workbook = workbook;
        Index = index;
        Cells = cells;
    }

    public XDocument Sheet { get; }
    public XDocument Workbook { get; }
    public int Index { get; }
    public IReadOnlyDictionary<(int Row, int Column), Cell> Cells { get; }

    public Cell? At(int row, int column) => Cells.GetValueOrDefault((row, column));

    public XElement? PageSetup => Sheet.Root!.Element(Main + "pageSetup");
    public bool FitsToPage => (string?)Sheet.Root!.Element(Main + "sheetPr")?.Element(Main + "pageSetUpPr")?.Attribute("fitToPage") == "1";
    public IReadOnlyList<double> Widths => Sheet.Root!.Element(Main + "cols")?.Elements(Main + "col")
        .Select(c => double.Parse((string)c.Attribute("width")!, CultureInfo.InvariantCulture)).ToList() ?? [];
    public string? PrintTitles => Workbook.Root!.Element(Main + "definedNames")?.Elements(Main + "definedName")
        .FirstOrDefault(d => (string?)d.Attribute("name") == "_xlnm.Print_Titles" && (int?)d.Attribute("localSheetId") == Index)?.Value;

    /// <summary>The sheet's rows as display text, every row as wide as the widest (empty cells "").</summary>
    public List<string[]> Rows()
    {
        if (Cells.Count == 0) return [];
        var rows = Cells.Keys.Max(k => k.Row) + 1;
        var columns = Cells.Keys.Max(k => k.Column) + 1;
        return Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Select(c => At(r, c)?.Text ?? "").ToArray()).ToList();
    }

    public static SheetCells Read(byte[] xlsx, string sheetName)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        XDocument Load(string path) { using var s = zip.GetEntry(path)!.Open(); return XDocument.Load(s); }
        var workbook = Load("xl/workbook.xml");
        var sheets = workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet").ToList();
        var index = sheets.FindIndex(s => (string?)s.Attribute("name") == sheetName);
        Assert.True(index >= 0, $"no sheet {sheetName}");
        var rels = Load("xl/_rels/workbook.xml.rels").Root!.Elements().ToDictionary(e => (string)e.Attribute("Id")!, e => (string)e.Attribute("Target")!);
        var target = rels[(string)sheets[index].Attribute(Relations + "id")!];
        var sheet = Load(target.StartsWith('/') ? target[1..] : "xl/" + target);

        var shared = zip.GetEntry("xl/sharedStrings.xml") is null ? []
            : Load("xl/sharedStrings.xml").Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();
        var styles = Load("xl/styles.xml").Root!;
        var formats = styles.Element(Main + "numFmts")?.Elements(Main + "numFmt")
            .ToDictionary(f => (int)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!) ?? [];
        var xfs = styles.Element(Main + "cellXfs")!.Elements(Main + "xf").Select(x => (int?)x.Attribute("numFmtId") ?? 0).ToList();

        var cells = new Dictionary<(int, int), Cell>();
        foreach (var c in sheet.Descendants(Main + "c"))
        {
            var (row, column) = Position((string)c.Attribute("r")!);
            var type = (string?)c.Attribute("t") ?? "n";
            var value = type switch
            {
                "s" => shared[int.Parse(c.Element(Main + "v")!.Value, CultureInfo.InvariantCulture)],
                "inlineStr" => string.Concat(c.Descendants(Main + "t").Select(t => t.Value)),
                _ => c.Element(Main + "v")?.Value ?? "",
            };
            var formatId = xfs[(int?)c.Attribute("s") ?? 0];
            var format = formats.GetValueOrDefault(formatId) ?? (formatId is >= 14 and <= 17 ? "m/d/yyyy" : "General");
            cells[(row, column)] = new Cell(type, value, format, Display(type, value, format));
        }
        return new SheetCells(sheet, workbook, index, cells);
    }

    private static string Display(string type, string value, string format)
    {
        if (type != "n" || value.Length == 0) return value;
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        if (format.EndsWith('%')) return (number * 100).ToString(format.TrimEnd('%'), CultureInfo.InvariantCulture) + "%";
        if (format.Contains('y') && format.Contains('d')) return DateOnly.FromDateTime(DateTime.FromOADate(number)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return number.ToString(CultureInfo.InvariantCulture);
    }

    private static (int Row, int Column) Position(string reference)
    {
        var letters = reference.TakeWhile(char.IsLetter).ToArray();
        var column = letters.Aggregate(0, (n, ch) => n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1)) - 1;
        return (int.Parse(reference[letters.Length..], CultureInfo.InvariantCulture) - 1, column);
    }
}
