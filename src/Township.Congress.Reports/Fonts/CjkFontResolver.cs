using PdfSharp.Fonts;

namespace Township.Congress.Reports.Fonts;

/// <summary>
/// PDFsharp font resolver that serves only the faces registered by this library. It is stateless
/// (faces live in a process-wide cache), so the single instance PDFsharp allows per process can
/// serve documents built with any <see cref="FontOptions"/>.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!FontFaceCache.IsOurs(familyName))
        {
            return null;
        }

        // The Chinese faces have no bold or italic files: PDFsharp simulates them (小标宋 ≈ bold Song).
        return new FontResolverInfo(familyName, bold, italic);
    }

    public byte[]? GetFont(string faceName) => FontFaceCache.GetFace(faceName);
}
