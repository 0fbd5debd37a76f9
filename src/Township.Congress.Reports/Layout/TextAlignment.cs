namespace Township.Congress.Reports.Layout;

public enum TextAlignment
{
    Left,
    Center,
    Right,
}
