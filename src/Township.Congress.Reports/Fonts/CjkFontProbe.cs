using System.Collections.Concurrent;

namespace Township.Congress.Reports.Fonts;

/// <summary>Finds the font file for every role without loading the fonts.</summary>
public static class CjkFontProbe
{
    // Complete results are cached: the recursive search of /usr/share/fonts should not run per document.
    // Incomplete ones are not, so installing the fonts takes effect without a restart.
    private static readonly ConcurrentDictionary<string, CjkFontProbeResult> Cache = new(StringComparer.Ordinal);

    public static CjkFontProbeResult Check(FontOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = string.Join("\n", Enum.GetValues<FontRole>().Select(r => string.Join("|", options.CandidatesFor(r))));
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var roles = Enum.GetValues<FontRole>()
            .Select(role =>
            {
                var tried = new List<string>();
                var font = FontCandidateLocator.Locate(options.CandidatesFor(role), tried);
                return new FontRoleResolution(role, font, tried);
            })
            .ToList();
        var result = new CjkFontProbeResult(roles);
        if (result.AllFound)
        {
            Cache[key] = result;
        }

        return result;
    }
}
