using Township.Congress.Reports.Fonts;

namespace Township.Congress.Reports.Layout;

/// <summary>A font role at a size; Bold is simulated by PDFsharp since the Chinese faces have no bold file.</summary>
public sealed record TextStyle(FontRole Role, double Size, bool Bold = false)
{
    /// <summary>小标宋 二号: a Song face, bold, 22 pt.</summary>
    public static readonly TextStyle Title = new(FontRole.Title, 22, Bold: true);

    /// <summary>Subtitles and the line under a title: 楷体 三号.</summary>
    public static readonly TextStyle Subtitle = new(FontRole.Heading2, 16);

    /// <summary>黑体 三号.</summary>
    public static readonly TextStyle Heading1 = new(FontRole.Heading1, 16);

    /// <summary>楷体 三号.</summary>
    public static readonly TextStyle Heading2 = new(FontRole.Heading2, 16);

    /// <summary>仿宋 三号.</summary>
    public static readonly TextStyle Body = new(FontRole.Body, 16);

    /// <summary>黑体 四号: the mark above the type area of a draft's pages.</summary>
    public static readonly TextStyle PageMark = new(FontRole.Heading1, 14);

    /// <summary>宋体 四号.</summary>
    public static readonly TextStyle PageNumber = new(FontRole.PageNumber, 14);
}
