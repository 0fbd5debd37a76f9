namespace Township.Congress.Reports.Layout;

/// <summary>A piece of a document that lays itself out on the flow of pages.</summary>
internal interface IBlock
{
    /// <summary>A heading keeps with what follows, so it never ends up alone at a page bottom.</summary>
    bool KeepWithNext { get; }

    /// <summary>Height of the whole block if it is short (headings) or of its first unbreakable part.</summary>
    double MinimumHeight(LayoutContext context);

    void Render(LayoutContext context);
}
