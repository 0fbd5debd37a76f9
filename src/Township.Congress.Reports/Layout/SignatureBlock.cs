namespace Township.Congress.Reports.Layout;

/// <summary>
/// Issuer and date under the body, placed as GB/T 9704-2012 (7.3.5.2) places them on a document
/// without a seal: one blank line below the text, the issuer two characters in from the right, the
/// date on the next line starting two characters right of the issuer; a date longer than that room
/// stays two characters in from the right and pushes the issuer left instead.
/// </summary>
internal sealed class SignatureBlock(string issuer, string date) : IBlock
{
    private const int RightIndentCharacters = 2;
    private const int DateShiftCharacters = 2;

    public bool KeepWithNext => false;

    /// <summary>
    /// The lines plus the blank line above them, so a line kept with the signature (附件说明) moves with it
    /// when both do not fit. Only a kept block before the signature asks, so the blank line is always there.
    /// </summary>
    public double MinimumHeight(LayoutContext context) => (LineCount + 1) * PageSetup.LinePitch;

    private int LineCount => (string.IsNullOrEmpty(issuer) ? 0 : 1) + (string.IsNullOrEmpty(date) ? 0 : 1);

    public void Render(LayoutContext context)
    {
        var pitch = PageSetup.LinePitch;
        // Issuer and date stay together; the blank line above them is dropped at the top of a page.
        context.EnsureSpace((LineCount + 1) * pitch);
        if (!context.AtPageTop)
        {
            context.Y += pitch;
        }

        var font = context.Fonts.Get(TextStyle.Body);
        var tracking = PageSetup.Tracking(TextStyle.Body.Size);
        var em = TextStyle.Body.Size + tracking;
        var right = context.Page.LeftMargin + context.Page.BodyWidth - (RightIndentCharacters * em);
        var issuerX = right - context.Measurer.Width(font, issuer, tracking);
        var dateX = issuerX + (DateShiftCharacters * em);
        var dateWidth = context.Measurer.Width(font, date, tracking);
        if (dateX + dateWidth > right)
        {
            dateX = right - dateWidth;
            issuerX = Math.Min(issuerX, dateX - (DateShiftCharacters * em));
        }

        if (!string.IsNullOrEmpty(issuer))
        {
            context.DrawText(issuer, font, Math.Max(context.Page.LeftMargin, issuerX), context.Y, pitch, tracking);
            context.Y += pitch;
        }

        if (!string.IsNullOrEmpty(date))
        {
            context.DrawText(date, font, Math.Max(context.Page.LeftMargin, dateX), context.Y, pitch, tracking);
            context.Y += pitch;
        }
    }
}
