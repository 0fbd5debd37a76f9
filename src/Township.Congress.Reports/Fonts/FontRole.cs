namespace Township.Congress.Reports.Fonts;

/// <summary>The typographic roles of GB/T 9704 official documents; each maps to one font face.</summary>
public enum FontRole
{
    /// <summary>Document title: 小标宋, approximated by a Song face with simulated bold.</summary>
    Title,

    /// <summary>First-level headings (一、): 黑体.</summary>
    Heading1,

    /// <summary>Second-level headings (（一）): 楷体.</summary>
    Heading2,

    /// <summary>Body text: 仿宋.</summary>
    Body,

    /// <summary>Page numbers "— 1 —": a Song face.</summary>
    PageNumber,
}
