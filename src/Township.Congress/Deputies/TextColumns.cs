using System.IO.Compression;
using System.Xml.Linq;

namespace Township.Congress.Deputies;

/// <summary>
/// Formats a written sheet's columns as text (number format "@", id 49) so that what a clerk types
/// later — an 18-digit ID, a phone with a leading 0 — stays as typed in Excel, WPS and LibreOffice
/// instead of becoming a rounded number. MiniExcel styles the cells it writes, not the empty rows
/// below them, so the column styles are added to the package afterwards. Columns given as hidden
/// (the export's row version) are hidden from view but travel with the file.
/// </summary>
public static class TextColumns
{
    private const int TextFormatId = 49;

    public static byte[] Apply(byte[] xlsx, int columnCount, params int[] hiddenColumns)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var styleIndex = AddTextStyle(zip);
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            Rewrite(zip, sheet.FullName, doc => SetColumns(doc, columnCount, styleIndex, hiddenColumns));
        }
        return stream.ToArray();
    }

    private static int AddTextStyle(ZipArchive zip)
    {
        var index = 0;
        Rewrite(zip, "xl/styles.xml", doc =>
        {
            var ns = doc.Root!.Name.Namespace;
            var xfs = doc.Root.Element(ns + "cellXfs")!;
            index = xfs.Elements(ns + "xf").Count();
            xfs.Add(new XElement(ns + "xf", new XAttribute("numFmtId", TextFormatId), new XAttribute("fontId", 0),
                new XAttribute("fillId", 0), new XAttribute("borderId", 0), new XAttribute("xfId", 0),
                new XAttribute("applyNumberFormat", 1)));
            xfs.SetAttributeValue("count", index + 1);
        });
        return index;
    }

    private static void SetColumns(XDocument doc, int columnCount, int styleIndex, int[] hidden)
    {
        var ns = doc.Root!.Name.Namespace;
        var cols = doc.Root.Element(ns + "cols");
        if (cols is null)
        {
            cols = new XElement(ns + "cols");
            doc.Root.Element(ns + "sheetData")!.AddBeforeSelf(cols);
        }
        var existing = cols.Elements(ns + "col").ToList();
        for (var c = 1; c <= columnCount; c++)
        {
            var col = existing.FirstOrDefault(e => (int?)e.Attribute("min") == c && (int?)e.Attribute("max") == c);
            if (col is null)
            {
                // A range another writer set stays as it is; only single columns are ours to style.
                if (existing.Any(e => (int?)e.Attribute("min") <= c && (int?)e.Attribute("max") >= c)) continue;
                col = new XElement(ns + "col", new XAttribute("min", c), new XAttribute("max", c), new XAttribute("width", 14),
                    new XAttribute("customWidth", 1));
                cols.Add(col);
            }
            col.SetAttributeValue("style", styleIndex);
            if (hidden.Contains(c)) col.SetAttributeValue("hidden", 1);
        }
        // Columns must be listed in order for Excel to open the file without a repair prompt.
        var ordered = cols.Elements(ns + "col").OrderBy(e => (int?)e.Attribute("min")).ToList();
        cols.RemoveNodes();
        cols.Add(ordered);
    }

    private static void Rewrite(ZipArchive zip, string name, Action<XDocument> change)
    {
        var entry = zip.GetEntry(name)!;
        XDocument doc;
        using (var read = entry.Open()) doc = XDocument.Load(read);
        change(doc);
        entry.Delete();
        using var write = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        doc.Save(write, SaveOptions.DisableFormatting);
    }
}
