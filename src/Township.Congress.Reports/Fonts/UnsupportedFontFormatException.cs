namespace Township.Congress.Reports.Fonts;

/// <summary>
/// The font is not TrueType-outlined (e.g. a CFF-based OpenType .otf/.otc such as Noto CJK), which
/// PDFsharp 6.2 cannot embed; or the file is not a font at all.
/// </summary>
public sealed class UnsupportedFontFormatException(string message) : Exception(message);
