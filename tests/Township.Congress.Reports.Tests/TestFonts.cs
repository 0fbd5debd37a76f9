using Township.Congress.Reports.Fonts;

namespace Township.Congress.Reports.Tests;

internal static class TestFonts
{
    public const string UMing = "/usr/share/fonts/truetype/arphic/uming.ttc";
    public const string UKai = "/usr/share/fonts/truetype/arphic/ukai.ttc";
    public const string MicroHei = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>The defaults, as the app uses them when nothing is configured.</summary>
    public static FontOptions Default => new();

    /// <summary>Every role pointed at files that do not exist, as on a server without Chinese fonts.</summary>
    public static FontOptions Missing
    {
        get
        {
            List<string> Nowhere() => ["/nonexistent/simsun.ttc", "/nonexistent/**/uming.ttc"];
            return new FontOptions
            {
                Title = Nowhere(),
                Heading1 = Nowhere(),
                Heading2 = Nowhere(),
                Body = Nowhere(),
                PageNumber = Nowhere(),
            };
        }
    }

    /// <summary>All roles served by one file, to test a specific font end to end.</summary>
    public static FontOptions AllFrom(string path) => new()
    {
        Title = [path],
        Heading1 = [path],
        Heading2 = [path],
        Body = [path],
        PageNumber = [path],
    };
}
