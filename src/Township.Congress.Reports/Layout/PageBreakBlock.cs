namespace Township.Congress.Reports.Layout;

/// <summary>Starts a new page (unless at the top of an empty one), optionally an odd one, and optionally switches page numbers.</summary>
/// <remarks>With restartNumbers the new page is numbered 1, for each document of a batch (one deputy's record after another).</remarks>
internal sealed class PageBreakBlock(bool? pageNumbers = null, bool startOnOddPage = false, bool restartNumbers = false) : IBlock
{
    public bool KeepWithNext => false;

    public double MinimumHeight(LayoutContext context) => 0;

    public void Render(LayoutContext context)
    {
        if (!context.AtPageTop)
        {
            context.NewPage(restartNumbers);
        }
        else if (restartNumbers)
        {
            context.RenumberAsFirstPage();
        }

        if (startOnOddPage && context.Duplex && context.PageNumber % 2 == 0)
        {
            context.LeaveBlank();
            context.NewPage();
        }

        if (pageNumbers is { } numbers)
        {
            context.PageNumbers = numbers;
        }
    }
}
