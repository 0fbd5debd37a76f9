using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Township.Congress.Deputies;
using Township.Congress.Files;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Files;

/// <summary>
/// The imports read sheets with <see cref="SheetReader"/>: it must give what MiniExcel gave them before for the
/// sheets MiniExcel writes (templates, exports, test sheets), and read what Excel, WPS and LibreOffice write.
/// </summary>
public class SheetReaderTests
{
    public static TheoryData<string> Workbooks => ["suggestion template", "roster template", "typed cells with gaps"];

    [Theory, MemberData(nameof(Workbooks))]
    public void ReadsWhatMiniExcelReads(string name)
    {
        var bytes = name switch
        {
            "suggestion template" => SuggestionImport.Template(),
            "roster template" => RosterSpreadsheet.Template(),
            _ => TypedCellsWithGaps().ToArray(),
        };
        var expected = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var actual = SheetReader.Read(new MemoryStream(bytes));

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Keys.Order(), actual[i].Keys.Order());
            foreach (var (key, value) in expected[i]) Assert.Equal(value, actual[i][key]);
        }
    }

    private static MemoryStream TypedCellsWithGaps() => Sheets.Of(
        new Dictionary<string, object?> { ["标题"] = "修路", ["日期"] = new DateTime(2026, 3, 10), ["人数"] = 12, ["金额"] = 3.5m, ["是否"] = true, ["备注"] = "a_x000D_b" },
        new Dictionary<string, object?> { ["标题"] = null, ["日期"] = null, ["人数"] = null, ["金额"] = null, ["是否"] = null, ["备注"] = null },
        new Dictionary<string, object?> { ["标题"] = "110101199003071234", ["日期"] = "2026年3月10日", ["人数"] = 0, ["金额"] = -1.25, ["是否"] = false, ["备注"] = "" });

    /// <summary>
    /// A sheet as other writers make it: prefixed elements, inline and rich-text strings with phonetic hints, cells
    /// without references, a missing row, a date in a custom Chinese format, and the sheet listed second in the zip.
    /// </summary>
    [Fact]
    public void ReadsSheetsOfOtherWriters()
    {
        var actual = SheetReader.Read(Workbook(new()
        {
            ["xl/workbook.xml"] = """<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="收集表" sheetId="2" r:id="rId7"/><x:sheet name="说明" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>""",
            ["xl/_rels/workbook.xml.rels"] = """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>""",
            ["xl/worksheets/sheet1.xml"] = """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>不是这张</t></is></c></row></sheetData></worksheet>""",
            ["xl/worksheets/sheet2.xml"] = """
                <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
                <x:row r="1"><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>提出日期</x:t></x:is></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>
                <x:row r="2"><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="B2" s="1"><x:v>46091</x:v></x:c><x:c r="C2"><x:v>7</x:v></x:c></x:row>
                <x:row r="4"><x:c r="C4" t="str"><x:f>A1</x:f><x:v>算出</x:v></x:c></x:row>
                </x:sheetData></x:worksheet>
                """,
            ["xl/sharedStrings.xml"] = """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>标题</t></si><si><r><t>人</t></r><r><rPr><b/></rPr><t xml:space="preserve">数 </t></r></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si></sst>""",
            ["xl/styles.xml"] = """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="176"/></cellXfs></styleSheet>""",
        }));

        Assert.Equal(3, actual.Count);
        Assert.Equal("漢字", actual[0]["标题"]);
        Assert.Equal(new DateTime(2026, 3, 10), actual[0]["提出日期"]);
        Assert.Equal(7.0, actual[0]["人数 "]);
        Assert.All(actual[1].Values, Assert.Null);
        Assert.Equal("算出", actual[2]["人数 "]);
        Assert.Null(actual[2]["标题"]);
    }

    [Theory]
    [InlineData("yyyy\"年\"m\"月\"d\"日\"", true)]
    [InlineData("[$-804]yyyy/m/d", true)]
    [InlineData("m/d/yy h:mm", true)]
    [InlineData("0.00", false)]
    [InlineData("[Red]#,##0", false)]
    [InlineData("\"第\"0\"号\"", false)]
    [InlineData("@", false)]
    [InlineData("General", false)]
    public void KnowsWhichFormatsShowADate(string code, bool date) => Assert.Equal(date, SheetNumberFormats.IsDate(code));

    [Fact]
    public void AFileThatIsNoWorkbookThrows() =>
        Assert.ThrowsAny<Exception>(() => SheetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("标题,内容\n修路,坑洼"))));

    private static MemoryStream Workbook(Dictionary<string, string> parts)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }
        stream.Position = 0;
        return stream;
    }
}
