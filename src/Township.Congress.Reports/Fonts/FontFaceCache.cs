using System.Collections.Concurrent;

namespace Township.Congress.Reports.Fonts;

/// <summary>
/// Process-wide store of extracted faces. Extraction reads collections of up to ~20 MB, so each face
/// is extracted once per process; PDFsharp sees each face under a short synthetic family name.
/// </summary>
internal static class FontFaceCache
{
    private const string FamilyPrefix = "TownshipCjk-";

    private static readonly ConcurrentDictionary<FontFileReference, string> FamilyNames = new();
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Faces = new(StringComparer.Ordinal);
    private static int nextId;

    /// <summary>The family name to hand to XFont for this face; registers the face on first use.</summary>
    public static string FamilyNameFor(FontFileReference font) =>
        FamilyNames.GetOrAdd(font, static f =>
        {
            var name = FamilyPrefix + Interlocked.Increment(ref nextId);
            // Lazy with ExecutionAndPublication: concurrent first renders extract the face only once.
            Faces[name] = new Lazy<byte[]>(() => TrueTypeCollectionReader.ReadFace(f.Path, f.FaceIndex));
            return name;
        });

    public static bool IsOurs(string familyName) => Faces.ContainsKey(familyName);

    public static byte[]? GetFace(string familyName) => Faces.TryGetValue(familyName, out var face) ? face.Value : null;
}
