namespace Township.Congress.Reports.Fonts;

/// <summary>
/// Which font files serve each <see cref="FontRole"/>, bindable from configuration (section <see cref="SectionName"/>).
/// Each role takes an ordered list of candidates; the first that exists (and is TrueType) wins.
/// A candidate is a file path, optionally with "#N" to pick face N of a .ttc collection (default face 0),
/// and may contain "**/" to search a folder recursively (e.g. "/usr/share/fonts/**/simsun.ttc").
/// </summary>
/// <remarks>
/// The lists are null by default rather than pre-filled: the configuration binder appends to existing
/// lists, so pre-filled defaults could never be replaced from appsettings.json.
/// </remarks>
public sealed class FontOptions
{
    public const string SectionName = "Fonts";

    /// <summary>Folder shipped with the app for font files an office copies in (e.g. from Windows); defaults to "fonts" beside the binaries.</summary>
    public string? AppFontsDirectory { get; set; }

    public List<string>? Title { get; set; }

    public List<string>? Heading1 { get; set; }

    public List<string>? Heading2 { get; set; }

    public List<string>? Body { get; set; }

    public List<string>? PageNumber { get; set; }

    /// <summary>FangSong faces other than Windows' simfang.ttf, by their usual file names: 仿宋_GB2312, 华文仿宋, 方正仿宋.</summary>
    public static readonly IReadOnlyList<string> FangSongFiles =
        ["simfang.ttc", "仿宋_GB2312.ttf", "FangSong_GB2312.ttf", "fsgb2312.ttf", "STFANGSO.TTF", "FZFSJW.TTF", "FZFSK.TTF", "FZFangSong-Z02.ttf"];

    /// <summary>The configured candidates for a role, or the defaults when none are configured.</summary>
    public IReadOnlyList<string> CandidatesFor(FontRole role)
    {
        var configured = role switch
        {
            FontRole.Title => Title,
            FontRole.Heading1 => Heading1,
            FontRole.Heading2 => Heading2,
            FontRole.Body => Body,
            FontRole.PageNumber => PageNumber,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
        };
        return configured is { Count: > 0 } ? configured : DefaultCandidates(role, AppFontsDirectory);
    }

    /// <summary>
    /// Windows faces first (they are the real 宋体/仿宋/黑体/楷体 an office expects), then the Debian open fonts.
    /// Debian has no Simplified FangSong as TrueType, so body text falls back to AR PL UMing (a Ming/Song face).
    /// </summary>
    public static IReadOnlyList<string> DefaultCandidates(FontRole role, string? appFontsDirectory = null)
    {
        var (windowsFile, debianFile) = role switch
        {
            FontRole.Title or FontRole.PageNumber => ("simsun.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc"),
            FontRole.Heading1 => ("simhei.ttf", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            FontRole.Heading2 => ("simkai.ttf", "/usr/share/fonts/truetype/arphic/ukai.ttc"),
            FontRole.Body => ("simfang.ttf", "/usr/share/fonts/truetype/arphic/uming.ttc"),
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
        };
        var appFonts = appFontsDirectory ?? Path.Combine(AppContext.BaseDirectory, "fonts");
        // Body text is 仿宋 whenever some FangSong face is at hand (Windows, 华文, 方正, the GB2312 faces
        // government offices install); only without any does it fall back to the Song face.
        string[] files = role == FontRole.Body ? [windowsFile, .. FangSongFiles] : [windowsFile];
        return
        [
            .. files.Select(f => Path.Combine(appFonts, f)),
            .. files.Select(f => @"C:\Windows\Fonts\" + f),
            .. files.Select(f => "/usr/share/fonts/**/" + f),
            debianFile,
        ];
    }
}
