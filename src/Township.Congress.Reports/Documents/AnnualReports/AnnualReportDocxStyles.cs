using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Township.Congress.Reports.Layout;

namespace Township.Congress.Reports.Documents.AnnualReports;

/// <summary>
/// The styles and the page of the .docx, set as an office sets Word up for GB/T 9704: A4 with margins 37/35/28/26 mm,
/// a grid of 22 lines of 28 characters, 仿宋 三号 body with a two-character first-line indent, 黑体 and 楷体 headings,
/// page numbers "— N —" in 宋体 四号 at the outer side (odd pages right, even pages left).
/// </summary>
internal static class AnnualReportDocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Salutation = "Salutation";
    private const string Footer = "Footer";
    private const string Header = "Header";

    // The faces every Chinese Windows and WPS has; the PDF uses the same roles (FontRole).
    private const string FangSong = "仿宋";
    private const string KaiTi = "楷体";
    private const string HeiTi = "黑体";
    private const string SongTi = "宋体";
    private const string XiaoBiaoSong = "方正小标宋简体";

    /// <summary>Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt.</summary>
    private const int Size2 = 44, Size3 = 32, Size4 = 28;

    private const int TwipsPerPoint = 20;

    /// <summary>One grid line: the 225 mm type area in 22 lines (≈28.95 pt), as exact line spacing.</summary>
    private static readonly int LinePitch = Twips(PageSetup.LinePitch);

    public static void AddTo(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(FangSong), new FontSize { Val = Half(Size3) }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(Spacing()))),
            Paragraph(Normal, "Normal", null, FangSong, Size3, @default: true, indent: true, justification: JustificationValues.Both),
            Paragraph(Title, "Title", Normal, XiaoBiaoSong, Size2, justification: JustificationValues.Center, keepNext: true),
            Paragraph(Subtitle, "Subtitle", Normal, KaiTi, Size3, justification: JustificationValues.Center, keepNext: true),
            Paragraph(Heading1, "heading 1", Normal, HeiTi, Size3, indent: true, keepNext: true, outline: 0),
            Paragraph(Heading2, "heading 2", Normal, KaiTi, Size3, indent: true, keepNext: true, outline: 1),
            Paragraph(Salutation, "Salutation", Normal, FangSong, Size3, keepNext: true),
            Paragraph(Header, "header", Normal, HeiTi, Size4, justification: JustificationValues.Right),
            Paragraph(Footer, "footer", Normal, SongTi, Size4));
        styles.Styles.Save();

        var fonts = main.AddNewPart<FontTablePart>();
        // 方正小标宋 is not on every computer: Word and WPS fall back to 宋体, as the PDF does.
        fonts.Fonts = new DocumentFormat.OpenXml.Wordprocessing.Fonts(
            FontEntry(FangSong, "FangSong"), FontEntry(KaiTi, "KaiTi"), FontEntry(HeiTi, "SimHei"), FontEntry(SongTi, "SimSun"), FontEntry(XiaoBiaoSong, SongTi));
        fonts.Fonts.Save();

        var settings = main.AddNewPart<DocumentSettingsPart>();
        // Odd and even pages have their own footer: the page number sits at the outer edge of a duplex print.
        settings.Settings = new Settings(new EvenAndOddHeaders());
        settings.Settings.Save();
    }

    /// <summary>The page: A4, the GB/T 9704 margins and line grid, footers with page numbers, and a draft's mark in the header.</summary>
    public static SectionProperties Section(MainDocumentPart main, string? draftMark)
    {
        var page = PageSetup.Gbt9704;
        var section = new SectionProperties();
        if (draftMark is not null)
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new DocumentFormat.OpenXml.Wordprocessing.Header(AnnualReportDocx.Styled(Header, draftMark));
            header.Header.Save();
            var id = main.GetIdOfPart(header);
            section.Append(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = id },
                new HeaderReference { Type = HeaderFooterValues.Even, Id = id });
        }

        section.Append(
            new FooterReference { Type = HeaderFooterValues.Default, Id = PageNumberFooter(main, JustificationValues.Right) },
            new FooterReference { Type = HeaderFooterValues.Even, Id = PageNumberFooter(main, JustificationValues.Left) },
            new PageSize { Width = (uint)MmTwips(page.WidthMm), Height = (uint)MmTwips(page.HeightMm) },
            new PageMargin
            {
                Top = MmTwips(page.TopMm),
                Bottom = MmTwips(page.BottomMm),
                Left = (uint)MmTwips(page.LeftMm),
                Right = (uint)MmTwips(page.RightMm),
                // The mark one line above the type area, the page number 7 mm below it (as in the PDF).
                Header = (uint)MmTwips(page.TopMm - 10),
                Footer = (uint)MmTwips(page.BottomMm - 7 - 5),
                Gutter = 0U,
            },
            // A line grid only: Word's character grid (linesAndChars) is read by LibreOffice as square cells of the line
            // pitch; the 28 characters come from the body styles' character spacing instead (see Tracking).
            new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch });
        return section;
    }

    /// <summary>"— N —" with a PAGE field, one character in from the outer edge of the type area.</summary>
    private static string PageNumberFooter(MainDocumentPart main, JustificationValues side)
    {
        var one = Half(Size4 * 10);
        var indentation = side == JustificationValues.Right ? new Indentation { Right = one, FirstLine = "0" } : new Indentation { Left = one, FirstLine = "0" };
        var paragraph = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = Footer }, indentation, new Justification { Val = side }),
            new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve }));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new DocumentFormat.OpenXml.Wordprocessing.Footer(paragraph);
        footer.Footer.Save();
        return main.GetIdOfPart(footer);
    }

    private static Style Paragraph(
        string id, string name, string? basedOn, string eastAsia, int halfPoints, bool @default = false, bool indent = false,
        JustificationValues? justification = null, bool keepNext = false, int? outline = null)
    {
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext(), new KeepLines());
        }

        paragraph.Append(Spacing());
        // 空两字: two characters of the style's own size, in Word's character units (1/100 character).
        paragraph.Append(indent
            ? new Indentation { FirstLineChars = 200, FirstLine = Half(halfPoints * 20) }
            : new Indentation { FirstLineChars = 0, FirstLine = "0" });
        if (justification is { } jc)
        {
            paragraph.Append(new Justification { Val = jc });
        }

        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var style = new Style(
            new StyleName { Val = name },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(
                Fonts(eastAsia), new Spacing { Val = Tracking(halfPoints) }, new FontSize { Val = Half(halfPoints) }, new FontSizeComplexScript { Val = Half(halfPoints) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
        if (@default)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.InsertAfter(new BasedOn { Val = basedOn }, style.StyleName);
            style.InsertAfter(new NextParagraphStyle { Val = Normal }, style.GetFirstChild<BasedOn>());
        }

        return style;
    }

    private static RunFonts Fonts(string eastAsia) =>
        new() { EastAsia = eastAsia, Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", Hint = FontTypeHintValues.EastAsia };

    private static SpacingBetweenLines Spacing() =>
        new() { Before = "0", After = "0", Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact };

    private static Font FontEntry(string name, string alternative) =>
        new(new AltName { Val = alternative }, new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Auto })
        {
            Name = name,
        };

    /// <summary>
    /// Character spacing of 三号 text, in twentieths of a point, so 28 characters fill the 156 mm line as in the PDF
    /// (<see cref="PageSetup.Tracking"/>); rounded down, so the 28th never wraps. Other sizes keep their own spacing.
    /// </summary>
    private static int Tracking(int halfPoints) => (int)Math.Floor(PageSetup.Tracking(halfPoints / 2.0) * TwipsPerPoint);

    private static string Half(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Twips(double points) => (int)Math.Round(points * TwipsPerPoint);

    private static int MmTwips(double millimeters) => Twips(PageSetup.Mm(millimeters));
}
