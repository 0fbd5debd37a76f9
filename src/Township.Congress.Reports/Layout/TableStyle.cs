using Township.Congress.Reports.Fonts;

namespace Township.Congress.Reports.Layout;

/// <summary>Table typography; smaller than body text (三号) because tables need density.</summary>
/// <param name="MinRowHeight">
/// Lowest height of a body row in points (0: as tall as its text). Rows that are written on by hand
/// — signatures, ballot marks — need room that their printed text alone would not give them.
/// </param>
public sealed record TableStyle(double FontSize = 12, double PaddingX = 3, double PaddingY = 2.5, double LineHeightFactor = 1.3, double MinRowHeight = 0)
{
    public static readonly TableStyle Default = new();

    internal TextStyle CellStyle => new(FontRole.Body, FontSize);

    internal TextStyle HeaderStyle => new(FontRole.Heading1, FontSize);

    internal double LineHeight => FontSize * LineHeightFactor;
}
