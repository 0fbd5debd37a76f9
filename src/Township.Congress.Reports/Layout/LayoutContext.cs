using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Township.Congress.Reports.Layout;

/// <summary>The state of one render: current page, vertical cursor, page numbering.</summary>
internal sealed class LayoutContext(PdfDocument document, PageSetup page, DocumentFonts fonts, TextMeasurer measurer, bool pageNumbers = true) : IDisposable
{
    // Where the baseline sits inside a CJK em box (ideographic ascent); fixed so every face lines up alike.
    private const double BaselineRatio = 0.86;

    private readonly Dictionary<IBlock, IReadOnlyList<string>> brokenLines = [];
    private XGraphics? graphics;
    private bool blankPage;

    public PageSetup Page { get; } = page;

    public DocumentFonts Fonts { get; } = fonts;

    public TextMeasurer Measurer { get; } = measurer;

    public double Y { get; set; }

    public int PageNumber { get; private set; }

    /// <summary>Whether pages carry numbers; a block may switch this for the pages that follow.</summary>
    public bool PageNumbers { get; set; } = pageNumbers;

    /// <summary>
    /// Height that must follow the last part of the block being laid out on the same page (a signature and
    /// its note); the document sets it before each block.
    /// </summary>
    public double ReserveAfter { get; set; }

    /// <summary>Printed on both sides: an odd-page break may leave the back of a sheet blank.</summary>
    public bool Duplex { get; init; }

    /// <summary>Printed above the type area of every page (a draft's mark); null for none.</summary>
    public string? PageMark { get; init; }

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page has been started.");

    public bool AtPageTop => graphics is not null && Y <= Page.BodyTop + 0.01;

    /// <summary>
    /// The lines of <paramref name="block"/> as <paramref name="breakLines"/> breaks them, remembered for this render: keep-with-next
    /// chains and signature reserves ask for a block's height before it is drawn, and breaking is the costly part.
    /// </summary>
    public IReadOnlyList<string> BrokenLines(IBlock block, Func<LayoutContext, IReadOnlyList<string>> breakLines)
    {
        if (!brokenLines.TryGetValue(block, out var lines))
        {
            lines = breakLines(this);
            brokenLines[block] = lines;
        }

        return lines;
    }

    public bool Fits(double height) => Y + height <= Page.BodyBottom + 0.01;

    /// <summary>Starts a new page unless <paramref name="height"/> still fits (or the page is empty anyway).</summary>
    public void EnsureSpace(double height)
    {
        if (graphics is null || (!Fits(height) && !AtPageTop))
        {
            NewPage();
        }
    }

    /// <param name="restartNumbers">Number the new page 1, for the next document of a batch printed as one file.</param>
    public void NewPage(bool restartNumbers = false)
    {
        FinishPage();
        if (restartNumbers)
        {
            PageNumber = 0;
        }

        // Explicit width and height rather than Orientation: landscape then needs no /Rotate,
        // which keeps text extraction and printing straightforward.
        var pdfPage = document.AddPage();
        pdfPage.Width = XUnit.FromPoint(Page.PageWidth);
        pdfPage.Height = XUnit.FromPoint(Page.PageHeight);
        graphics = XGraphics.FromPdfPage(pdfPage);
        PageNumber++;
        Y = Page.BodyTop;
        blankPage = false;
        if (!string.IsNullOrWhiteSpace(PageMark))
        {
            DrawPageMark(graphics, PageMark);
        }
    }

    /// <summary>
    /// Leaves the current page empty and unnumbered, e.g. the back of a sheet so that what follows starts
    /// on a sheet of its own (GB/T 9704-2012 7.5 numbers no blank page before the 版记 page either).
    /// </summary>
    public void LeaveBlank() => blankPage = true;

    /// <summary>Numbers the current, still empty page 1: the first document of a batch needs no break to restart.</summary>
    public void RenumberAsFirstPage() => PageNumber = 1;

    public void FinishPage()
    {
        if (graphics is null)
        {
            return;
        }

        if (PageNumbers && !blankPage)
        {
            DrawPageNumber(graphics);
        }

        // PDFsharp compresses an empty content stream (a blank page, or an empty document without page
        // numbers) into a bare 2-byte zlib header that poppler rejects ("Bad block header in flate
        // stream"); one saved and restored graphics state ("q Q") keeps every page's stream non-empty.
        var state = graphics.Save();
        graphics.Restore(state);

        graphics.Dispose();
        graphics = null;
    }

    /// <summary>Draws one line of text vertically centred in a line box of height <paramref name="lineHeight"/>.</summary>
    public void DrawText(string text, XFont font, double x, double lineTop, double lineHeight)
    {
        var baseline = lineTop + ((lineHeight - font.Size) / 2) + (font.Size * BaselineRatio);
        Graphics.DrawString(text, font, XBrushes.Black, x, baseline);
    }

    /// <summary>
    /// Draws one line character by character, each advanced by its width plus <paramref name="tracking"/>:
    /// PDFsharp has no character spacing, and running text must sit on the 28-character grid.
    /// </summary>
    public void DrawText(string text, XFont font, double x, double lineTop, double lineHeight, double tracking)
    {
        if (tracking == 0)
        {
            DrawText(text, font, x, lineTop, lineHeight);
            return;
        }

        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            // Spaces too: a reader copies the ideographic space of "日期　　人数" as it was drawn.
            DrawText(element, font, x, lineTop, lineHeight);

            x += Measurer.Width(font, element) + tracking;
        }
    }

    public void Dispose()
    {
        graphics?.Dispose();
        graphics = null;
    }

    /// <summary>
    /// The mark in 黑体 at the right of the top margin, one line above the type area, where GB/T 9704 puts the
    /// 版头's marks (密级, 紧急程度); a mark wider than the type area is set smaller rather than cut.
    /// </summary>
    private void DrawPageMark(XGraphics gfx, string mark)
    {
        var font = Fonts.Get(TextStyle.PageMark);
        var width = Measurer.Width(font, mark);
        if (width > Page.BodyWidth)
        {
            font = Fonts.Get(TextStyle.PageMark with { Size = Math.Floor(TextStyle.PageMark.Size * Page.BodyWidth / width * 10) / 10 });
            width = Measurer.Width(font, mark);
        }

        gfx.DrawString(mark, font, XBrushes.Black, Page.LeftMargin + Page.BodyWidth - width, Page.BodyTop - PageSetup.LinePitch + (font.Size * BaselineRatio));
    }

    /// <summary>
    /// GB/T 9704: "— 1 —" in 四号 Song 7 mm below the type area, odd pages at the right and even pages
    /// at the left, each one character in from the edge of the type area (so duplex prints sit outside).
    /// </summary>
    private void DrawPageNumber(XGraphics gfx)
    {
        var font = Fonts.Get(TextStyle.PageNumber);
        var text = $"— {PageNumber} —";
        var width = Measurer.Width(font, text);
        var x = PageNumber % 2 == 1
            ? Page.PageWidth - Page.RightMargin - font.Size - width
            : Page.LeftMargin + font.Size;
        gfx.DrawString(text, font, XBrushes.Black, x, Page.PageNumberTop + (font.Size * BaselineRatio));
    }
}
