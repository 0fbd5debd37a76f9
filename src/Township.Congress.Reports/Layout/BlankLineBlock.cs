namespace Township.Congress.Reports.Layout;

/// <summary>One empty grid line; dropped at the top of a page where it would only push text down.</summary>
internal sealed class BlankLineBlock : IBlock
{
    public bool KeepWithNext => false;

    public double MinimumHeight(LayoutContext context) => 0;

    public void Render(LayoutContext context)
    {
        if (!context.AtPageTop && context.Fits(PageSetup.LinePitch))
        {
            context.Y += PageSetup.LinePitch;
        }
    }
}
