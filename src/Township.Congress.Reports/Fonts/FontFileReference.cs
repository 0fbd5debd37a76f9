namespace Township.Congress.Reports.Fonts;

/// <summary>One face of one font file: a plain .ttf (face 0) or face N of a .ttc collection.</summary>
public sealed record FontFileReference(string Path, int FaceIndex)
{
    public override string ToString() => FaceIndex == 0 ? Path : $"{Path}#{FaceIndex}";
}
