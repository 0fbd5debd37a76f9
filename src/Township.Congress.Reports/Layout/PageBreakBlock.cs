namespace Township.Congress.Reports.Layout;

internal sealed class PageBreakBlock : IBlock
{
    public bool KeepWithNext => false;

    public double MinimumHeight(LayoutContext context) => 0;

    public void Render(LayoutContext context)
    {
        if (!context.AtPageTop)
        {
            context.NewPage();
        }
    }
}
