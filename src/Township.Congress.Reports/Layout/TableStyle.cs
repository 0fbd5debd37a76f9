using Township.Congress.Reports.Fonts;

namespace Township.Congress.Reports.Layout;

/// <summary>Table typography; smaller than body text (三号) because tables need density.</summary>
public sealed record TableStyle(double FontSize = 12, double PaddingX = 3, double PaddingY = 2.5, double LineHeightFactor = 1.3)
{
    public static readonly TableStyle Default = new();

    internal TextStyle CellStyle => new(FontRole.Body, FontSize);

    internal TextStyle HeaderStyle => new(FontRole.Heading1, FontSize);

    internal double LineHeight => FontSize * LineHeightFactor;
}
