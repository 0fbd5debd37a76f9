using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using MiniExcelLibs.OpenXml;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Township.Congress.Files;

/// <summary>A share of a whole, written as a number with a percent format (0.857 shown as 85.7%).</summary>
public readonly record struct SheetPercent(decimal Fraction);

/// <summary>One sheet of an export: its rows (the first <see cref="HeaderRows"/> repeated on every printed page).</summary>
public sealed record SheetContent(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows, int HeaderRows = 1);

/// <summary>
/// Every .xlsx the app exports, written one way: dates as date cells (<see cref="DateOnly"/>, format
/// yyyy-mm-dd), numbers as numbers, shares as percent cells (<see cref="SheetPercent"/>), text through
/// <see cref="SpreadsheetText"/>; each column as wide as its content; printed landscape, fitted to
/// the page width, the header row repeated on each page. MiniExcel writes the cells; the layout
/// (styles, column widths, page setup, print titles) is a small edit of the package's XML, as
/// MiniExcel 1.46 has no print setup and formats a dated cell as text.
/// </summary>
public static class SpreadsheetFile
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string DateFormat = "yyyy-mm-dd";
    private const string PercentFormat = "0.0%";

    private enum Kind { Date, Percent }

    public static byte[] Write(params SheetContent[] sheets)
    {
        var kinds = new List<Dictionary<(int Row, int Column), Kind>>();
        var data = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            var cellKinds = new Dictionary<(int, int), Kind>();
            kinds.Add(cellKinds);
            var width = sheet.Rows.Count == 0 ? 1 : Math.Max(1, sheet.Rows.Max(r => r.Count));
            data[sheet.Name] = sheet.Rows.Select((row, r) => Enumerable.Range(0, width).ToDictionary(ColumnName,
                c => Cell(c < row.Count ? row[c] : null, r, c, cellKinds))).ToList();
        }
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, data, printHeader: false, configuration: new OpenXmlConfiguration { AutoFilter = false, FastMode = true });
        using (var package = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var styles = new StyleSheet(Load(package, "xl/styles.xml"));
            var workbook = Load(package, "xl/workbook.xml");
            var targets = SheetTargets(package, workbook);
            for (var i = 0; i < sheets.Length; i++)
            {
                var path = targets[sheets[i].Name];
                var xml = Load(package, path);
                Layout(xml, sheets[i], kinds[i], styles);
                Save(package, path, xml);
            }
            PrintTitles(workbook, sheets);
            Save(package, "xl/workbook.xml", workbook);
            Save(package, "xl/styles.xml", styles.Document);
        }
        return stream.ToArray();
    }

    private static object? Cell(object? value, int row, int column, Dictionary<(int, int), Kind> kinds)
    {
        switch (value)
        {
            case DateOnly d:
                kinds[(row, column)] = Kind.Date;
                return d.ToDateTime(TimeOnly.MinValue).ToOADate();
            case SheetPercent p:
                kinds[(row, column)] = Kind.Percent;
                return (double)p.Fraction;
            case null:
                return "";
            default:
                return SpreadsheetText.Cell(value);
        }
    }

    private static void Layout(XDocument xml, SheetContent sheet, Dictionary<(int Row, int Column), Kind> kinds, StyleSheet styles)
    {
        var root = xml.Root!;
        var sheetData = root.Element(Main + "sheetData")!;
        foreach (var c in sheetData.Descendants(Main + "c"))
        {
            var (row, column) = Position((string)c.Attribute("r")!);
            if (!kinds.TryGetValue((row, column), out var kind)) continue;
            c.SetAttributeValue("s", styles.With((int?)c.Attribute("s") ?? 0, kind == Kind.Date ? DateFormat : PercentFormat));
            c.SetAttributeValue("t", null);
        }

        // sheetPr comes first in a worksheet; cols right before sheetData; pageSetup after pageMargins.
        root.Element(Main + "sheetPr")?.Remove();
        root.AddFirst(new XElement(Main + "sheetPr", new XElement(Main + "pageSetUpPr", new XAttribute("fitToPage", 1))));
        root.Element(Main + "cols")?.Remove();
        sheetData.AddBeforeSelf(new XElement(Main + "cols", Widths(sheet).Select((w, i) => new XElement(Main + "col",
            new XAttribute("min", i + 1), new XAttribute("max", i + 1), new XAttribute("width", w.ToString("0.#", CultureInfo.InvariantCulture)),
            new XAttribute("customWidth", 1)))));
        root.Element(Main + "pageMargins")?.Remove();
        root.Element(Main + "pageSetup")?.Remove();
        var margins = new XElement(Main + "pageMargins", new XAttribute("left", 0.5), new XAttribute("right", 0.5), new XAttribute("top", 0.6),
            new XAttribute("bottom", 0.6), new XAttribute("header", 0.3), new XAttribute("footer", 0.3));
        // paperSize 9 is A4; fitToHeight 0: as many pages down as the rows need.
        var setup = new XElement(Main + "pageSetup", new XAttribute("paperSize", 9), new XAttribute("orientation", "landscape"),
            new XAttribute("fitToWidth", 1), new XAttribute("fitToHeight", 0));
        string[] after = ["headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
            "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
        var next = root.Elements().FirstOrDefault(e => after.Contains(e.Name.LocalName));
        if (next is null) root.Add(margins, setup);
        else next.AddBeforeSelf(margins, setup);
    }

    /// <summary>Column widths in characters: the widest cell (a CJK character counts two), within 6..60. Title rows (one cell) don't count.</summary>
    private static double[] Widths(SheetContent sheet)
    {
        var count = sheet.Rows.Count == 0 ? 1 : Math.Max(1, sheet.Rows.Max(r => r.Count));
        var widths = Enumerable.Repeat(6.0, count).ToArray();
        foreach (var row in sheet.Rows.Where(r => r.Count(v => v is not null && v.ToString() is { Length: > 0 }) > 1))
            for (var c = 0; c < row.Count; c++)
                widths[c] = Math.Max(widths[c], Math.Min(60, DisplayWidth(row[c]) + 2));
        return widths;
    }

    private static int DisplayWidth(object? value) => value switch
    {
        null => 0,
        DateOnly => 10,
        SheetPercent => 7,
        string s => s.Split('\n').Max(line => line.Sum(ch => ch >= 0x1100 ? 2 : 1)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!.Length,
    };

    private static void PrintTitles(XDocument workbook, SheetContent[] sheets)
    {
        var root = workbook.Root!;
        var names = root.Element(Main + "definedNames");
        if (names is null)
        {
            names = new XElement(Main + "definedNames");
            root.Element(Main + "sheets")!.AddAfterSelf(names);
        }
        for (var i = 0; i < sheets.Length; i++)
        {
            if (sheets[i].HeaderRows <= 0) continue;
            names.Add(new XElement(Main + "definedName", new XAttribute("name", "_xlnm.Print_Titles"), new XAttribute("localSheetId", i),
                $"'{sheets[i].Name.Replace("'", "''")}'!$1:${sheets[i].HeaderRows}"));
        }
        if (!names.HasElements) names.Remove();
    }

    private static Dictionary<string, string> SheetTargets(ZipArchive package, XDocument workbook)
    {
        var rels = Load(package, "xl/_rels/workbook.xml.rels").Root!.Elements()
            .ToDictionary(e => (string)e.Attribute("Id")!, e => (string)e.Attribute("Target")!);
        return workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet").ToDictionary(s => (string)s.Attribute("name")!, s =>
        {
            var target = rels[(string)s.Attribute(Relations + "id")!];
            return target.StartsWith('/') ? target[1..] : "xl/" + target;
        });
    }

    private static XDocument Load(ZipArchive package, string path)
    {
        using var entry = package.GetEntry(path)!.Open();
        return XDocument.Load(entry);
    }

    private static void Save(ZipArchive package, string path, XDocument xml)
    {
        package.GetEntry(path)!.Delete();
        using var entry = package.CreateEntry(path, CompressionLevel.Optimal).Open();
        xml.Save(entry, SaveOptions.DisableFormatting);
    }

    private static (int Row, int Column) Position(string reference)
    {
        var letters = reference.TakeWhile(char.IsLetter).ToArray();
        var column = letters.Aggregate(0, (n, ch) => n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1)) - 1;
        return (int.Parse(reference[letters.Length..], CultureInfo.InvariantCulture) - 1, column);
    }

    public static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";

    /// <summary>styles.xml: a number format added once, and per (existing style, format) one copy of that style with the format.</summary>
    private sealed class StyleSheet(XDocument document)
    {
        private readonly Dictionary<string, int> _formats = [];
        private readonly Dictionary<(int, string), int> _styles = [];

        public XDocument Document => document;

        public int With(int style, string format)
        {
            if (_styles.TryGetValue((style, format), out var known)) return known;
            var root = document.Root!;
            var cellXfs = root.Element(Main + "cellXfs")!;
            var source = cellXfs.Elements(Main + "xf").ElementAtOrDefault(style) ?? cellXfs.Elements(Main + "xf").First();
            var copy = new XElement(source);
            copy.SetAttributeValue("numFmtId", FormatId(format));
            copy.SetAttributeValue("applyNumberFormat", 1);
            cellXfs.Add(copy);
            cellXfs.SetAttributeValue("count", cellXfs.Elements(Main + "xf").Count());
            return _styles[(style, format)] = cellXfs.Elements(Main + "xf").Count() - 1;
        }

        private int FormatId(string format)
        {
            if (_formats.TryGetValue(format, out var id)) return id;
            var root = document.Root!;
            var numFmts = root.Element(Main + "numFmts");
            if (numFmts is null)
            {
                numFmts = new XElement(Main + "numFmts");
                root.AddFirst(numFmts);
            }
            // Custom formats are numbered from 164 (the lower ids are built in).
            id = Math.Max(164, numFmts.Elements(Main + "numFmt").Select(e => (int)e.Attribute("numFmtId")! + 1).DefaultIfEmpty(164).Max());
            numFmts.Add(new XElement(Main + "numFmt", new XAttribute("numFmtId", id), new XAttribute("formatCode", format)));
            numFmts.SetAttributeValue("count", numFmts.Elements(Main + "numFmt").Count());
            return _formats[format] = id;
        }
    }
}
