using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Township.Congress.Reports.Fonts;

namespace Township.Congress.Reports.Layout;

/// <summary>
/// Builds a PDF in the GB/T 9704 official-document layout: add blocks in reading order, then
/// <see cref="Render"/>. Fonts are checked in the constructor so a missing Chinese font fails fast
/// with <see cref="MissingCjkFontException"/> instead of producing empty boxes.
/// </summary>
public sealed class OfficialDocument
{
    public const string Creator = "Township Congress";

    private readonly List<IBlock> blocks = [];
    private readonly Dictionary<FontRole, string> familyNames;

    /// <param name="page">Defaults to <see cref="PageSetup.Gbt9704"/> (A4 portrait).</param>
    public OfficialDocument(FontOptions fontOptions, PageSetup? page = null)
    {
        Page = page ?? PageSetup.Gbt9704;
        ArgumentNullException.ThrowIfNull(fontOptions);
        CjkFontRegistration.EnsureInstalled();
        var probe = CjkFontProbe.Check(fontOptions);
        probe.ThrowIfMissing();
        familyNames = probe.Roles.ToDictionary(r => r.Role, r => FontFaceCache.FamilyNameFor(r.Font!));
    }

    public PageSetup Page { get; }

    /// <summary>PDF document title (document properties); defaults to the first <see cref="Title"/>.</summary>
    public string? DocumentTitle { get; set; }

    /// <summary>
    /// Marks where a title should break if it does not fit one line, e.g. after "人民代表大会"; without a
    /// mark a long title is broken into lines of even length.
    /// </summary>
    public const string PreferredTitleBreak = "\u200B";

    /// <summary>
    /// The date of the act the document records (交办日期, the meeting's date), written into the PDF's
    /// metadata; defaults to the date of the <see cref="Signature"/>. The print date never enters the file,
    /// so printing a document again gives the same bytes.
    /// </summary>
    public DateTime? DocumentDate { get; set; }

    /// <summary>
    /// Printed on both sides of the sheet: only then does <see cref="PageBreak"/> with startOnOddPage leave
    /// the back of a sheet blank. Off by default, so a document never carries a blank page of its own.
    /// </summary>
    public bool Duplex { get; set; }

    /// <summary>Whether pages carry "— 1 —" numbers; off for single-sheet forms such as ballots.</summary>
    public bool PageNumbers { get; set; } = true;

    /// <summary>
    /// A line printed above the type area of every page, e.g. "草稿　第2稿（数据截至2026年12月1日）" on a draft, so no
    /// page of it can be taken for the final text; it takes no line of the body. Null (the default) prints nothing.
    /// </summary>
    public string? PageMark { get; set; }

    /// <summary>Centred title in 小标宋 二号, followed by one blank line as the standard asks.</summary>
    /// <param name="blankLineAfter">False when a line belonging to the title follows, e.g. "（应选1名）" on a ballot.</param>
    public OfficialDocument Title(string text, bool blankLineAfter = true)
    {
        DocumentTitle ??= text.Replace(PreferredTitleBreak, string.Empty, StringComparison.Ordinal);
        blocks.Add(new TextBlock(text, TextStyle.Title, TextAlignment.Center, indentFirstLine: false, keepWithNext: true, blankLinesAfter: blankLineAfter ? 1 : 0, balanced: true));
        return this;
    }

    /// <summary>A centred line in 楷体 under the title (e.g. date, count, "（草案）").</summary>
    public OfficialDocument Subtitle(string text)
    {
        blocks.Add(new TextBlock(text, TextStyle.Subtitle, TextAlignment.Center, indentFirstLine: false, keepWithNext: true));
        return this;
    }

    /// <summary>First-level heading "一、…" in 黑体, indented two characters like body text.</summary>
    public OfficialDocument Heading1(string text)
    {
        blocks.Add(new TextBlock(text, TextStyle.Heading1, TextAlignment.Left, indentFirstLine: true, keepWithNext: true));
        return this;
    }

    /// <summary>Second-level heading "（一）…" in 楷体, indented two characters.</summary>
    public OfficialDocument Heading2(string text)
    {
        blocks.Add(new TextBlock(text, TextStyle.Heading2, TextAlignment.Left, indentFirstLine: true, keepWithNext: true));
        return this;
    }

    /// <summary>Body paragraph in 仿宋 三号 with a two-character first-line indent.</summary>
    /// <param name="keepWithNext">Keep the whole paragraph on the page of what follows, for a lead-in such as "会议共有5项议程：" above a table.</param>
    public OfficialDocument Paragraph(string text, bool keepWithNext = false)
    {
        blocks.Add(new TextBlock(text, TextStyle.Body, TextAlignment.Left, indentFirstLine: true, keepWithNext));
        return this;
    }

    /// <summary>Body text without indent, aligned as asked (e.g. the signature and date at the right).</summary>
    /// <param name="keepWithNext">Keep the line on the page of what follows, e.g. "说明：" above its items.</param>
    public OfficialDocument Line(string text, TextAlignment alignment = TextAlignment.Left, bool keepWithNext = false)
    {
        blocks.Add(new TextBlock(text, TextStyle.Body, alignment, indentFirstLine: false, keepWithNext));
        return this;
    }

    /// <summary>Issuer and date at the end of the text, placed as GB/T 9704 asks for a document without a seal.</summary>
    public OfficialDocument Signature(string issuer, string date)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(date);
        DocumentDate ??= DocumentMetadata.ParseChineseDate(date);
        blocks.Add(new SignatureBlock(issuer, date));
        return this;
    }

    public OfficialDocument BlankLine()
    {
        blocks.Add(new BlankLineBlock());
        return this;
    }

    /// <summary>Starts a new page; nothing happens at the top of a page that is still empty.</summary>
    /// <param name="pageNumbers">
    /// Switches page numbers on or off from the new page on, e.g. off for a form appended to a letter;
    /// null keeps them as they are.
    /// </param>
    /// <param name="startOnOddPage">
    /// Start on an odd (right-hand) page, leaving an even page blank and unnumbered if needed, so that in
    /// double-sided printing what follows starts on a sheet of its own. Only when <see cref="Duplex"/> is on.
    /// </param>
    /// <param name="restartPageNumbers">Number the new page "— 1 —": the next document of a batch printed as one file.</param>
    public OfficialDocument PageBreak(bool? pageNumbers = null, bool startOnOddPage = false, bool restartPageNumbers = false)
    {
        blocks.Add(new PageBreakBlock(pageNumbers, startOnOddPage, restartPageNumbers));
        return this;
    }

    /// <summary>
    /// The mark "附件" (or "附件2") in 黑体 三号 flush left on the first line of an attachment page, as
    /// GB/T 9704-2012 7.3.7 places it; the attachment's title follows with <see cref="Title"/>. Start the
    /// attachment with <see cref="PageBreak"/>: the standard puts it on a page of its own.
    /// </summary>
    public OfficialDocument AttachmentMark(string text = "附件")
    {
        blocks.Add(new TextBlock(text, TextStyle.Heading1, TextAlignment.Left, indentFirstLine: false, keepWithNext: true));
        return this;
    }

    /// <summary>
    /// A bordered form of rows with their own cells (see <see cref="FormGrid"/> for label/value rows that
    /// line up); rows are never split over pages, and a row marked <see cref="FormRow.FillsPage"/> takes
    /// the rest of the page.
    /// </summary>
    /// <param name="keepTogether">Move the whole form to the next page rather than split it, for a small table of facts.</param>
    public OfficialDocument Form(IEnumerable<FormRow> rows, TableStyle? style = null, bool keepTogether = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var materialized = rows.ToList();
        var bad = materialized.FindIndex(r => r.Cells.Count == 0 || r.Cells.Any(c => c.Width <= 0));
        if (bad >= 0)
        {
            throw new ArgumentException($"Form row {bad} needs at least one cell, each with a positive width.", nameof(rows));
        }

        blocks.Add(new FormBlock(materialized, style ?? TableStyle.Default, keepTogether));
        return this;
    }

    /// <summary>A table flowing over pages with its header repeated; each row must have one cell per column.</summary>
    /// <param name="continuedHeading">
    /// The heading repeated with （续） where the table continues, when a lead-in stands between the heading and
    /// the table; by default the heading right above the table, if any.
    /// </param>
    public OfficialDocument Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, TableStyle? style = null, string? continuedHeading = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0 || columns.Any(c => c.Width <= 0))
        {
            throw new ArgumentException("A table needs at least one column, each with a positive width.", nameof(columns));
        }

        var materialized = rows.ToList();
        var bad = materialized.FindIndex(r => r.Count != columns.Count);
        if (bad >= 0)
        {
            throw new ArgumentException($"Row {bad} has {materialized[bad].Count} cells; the table has {columns.Count} columns.", nameof(rows));
        }

        // A table right under a heading belongs to it: the heading is repeated with （续） where the table continues.
        var heading = continuedHeading ?? (blocks.Count > 0 && blocks[^1] is TextBlock { IsHeading: true } h ? h.Text : null);
        blocks.Add(new TableBlock(columns, materialized, style ?? TableStyle.Default, heading));
        return this;
    }

    /// <summary>
    /// Height of a chain of blocks that keep with the next (heading, lead-in paragraph) plus the first
    /// part of the block they lead to, so a heading never stays behind when its lead-in moves on.
    /// </summary>
    private double KeptHeight(LayoutContext context, int first, double[] reserves)
    {
        var height = 0.0;
        for (var i = first; i < blocks.Count; i++)
        {
            context.ReserveAfter = reserves[i];
            height += blocks[i].MinimumHeight(context);
            if (!blocks[i].KeepWithNext)
            {
                break;
            }
        }

        context.ReserveAfter = reserves[first];
        return height;
    }

    /// <summary>
    /// For each block, the height that must follow its last part on the same page: the signature and what
    /// keeps with it (blank lines, the 附件 note), so the signature never stands alone on a page — the text
    /// before it moves with it (GB/T 9704-2012 7.3.5). Zero for a block not followed by a signature.
    /// </summary>
    private double[] SignatureReserves(LayoutContext context)
    {
        context.ReserveAfter = 0;
        var reserves = new double[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var height = 0.0;
            for (var k = i + 1; k < blocks.Count; k++)
            {
                var block = blocks[k];
                if (block is SignatureBlock)
                {
                    reserves[i] = height + block.MinimumHeight(context);
                    break;
                }

                if (block is not BlankLineBlock && !block.KeepWithNext)
                {
                    break;
                }

                height += block is BlankLineBlock ? PageSetup.LinePitch : block.MinimumHeight(context);
            }
        }

        return reserves;
    }

    /// <summary>Lays out all blocks and returns the PDF bytes. May be called more than once.</summary>
    public byte[] Render()
    {
        using var document = new PdfDocument();
        document.Info.Title = DocumentTitle ?? string.Empty;
        document.Info.Creator = Creator;

        using var measureContext = XGraphics.CreateMeasureContext(
            new XSize(Page.PageWidth, Page.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        using var context = new LayoutContext(document, Page, new DocumentFonts(familyNames), new TextMeasurer(measureContext), PageNumbers) { Duplex = Duplex, PageMark = PageMark };
        context.NewPage();
        var reserves = SignatureReserves(context);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            context.ReserveAfter = reserves[i];
            if (block.KeepWithNext)
            {
                context.EnsureSpace(KeptHeight(context, i, reserves));
            }

            block.Render(context);
        }

        context.FinishPage();
        // Compressed by us, not by PDFsharp: its streams lack the zlib trailer (see PdfCompression).
        return PdfCompression.Save(document, DocumentDate);
    }
}
