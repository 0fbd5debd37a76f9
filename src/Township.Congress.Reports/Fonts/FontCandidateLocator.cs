using System.Globalization;

namespace Township.Congress.Reports.Fonts;

/// <summary>Turns a role's candidate strings into the first existing, TrueType face.</summary>
internal static class FontCandidateLocator
{
    private const string RecursiveMarker = "**/";

    /// <summary>Returns the face to use, or null; <paramref name="tried"/> collects why each candidate was passed over.</summary>
    public static FontFileReference? Locate(IReadOnlyList<string> candidates, List<string> tried)
    {
        foreach (var candidate in candidates)
        {
            var (pattern, faceIndex) = SplitFaceIndex(candidate);
            foreach (var path in Expand(pattern))
            {
                try
                {
                    TrueTypeCollectionReader.EnsureTrueType(path, faceIndex);
                    return new FontFileReference(path, faceIndex);
                }
                catch (Exception ex) when (ex is UnsupportedFontFormatException or IOException or UnauthorizedAccessException)
                {
                    tried.Add($"{candidate} ({ex.Message})");
                }
            }

            tried.Add($"{candidate} (not found)");
        }

        return null;
    }

    /// <summary>"file.ttc#2" selects face 2; a '#' that is not followed by digits belongs to the path.</summary>
    private static (string Path, int FaceIndex) SplitFaceIndex(string candidate)
    {
        var hash = candidate.LastIndexOf('#');
        if (hash > 0 && int.TryParse(candidate.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return (candidate[..hash], index);
        }

        return (candidate, 0);
    }

    private static IEnumerable<string> Expand(string pattern)
    {
        var marker = pattern.IndexOf(RecursiveMarker, StringComparison.Ordinal);
        if (marker < 0)
        {
            return File.Exists(pattern) ? [pattern] : [];
        }

        var root = pattern[..marker];
        var fileName = pattern[(marker + RecursiveMarker.Length)..];
        if (root.Length == 0 || !Directory.Exists(root))
        {
            return [];
        }

        // Case-insensitive because fonts copied from Windows are often SIMSUN.TTC.
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.System,
        };
        return Directory.EnumerateFiles(root, fileName, options).Order(StringComparer.Ordinal);
    }
}
