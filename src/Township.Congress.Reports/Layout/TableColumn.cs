namespace Township.Congress.Reports.Layout;

/// <summary>A table column: header text, width as a fraction of the type area (fractions are normalised), cell alignment.</summary>
public sealed record TableColumn(string Header, double Width, TextAlignment Alignment = TextAlignment.Center);
