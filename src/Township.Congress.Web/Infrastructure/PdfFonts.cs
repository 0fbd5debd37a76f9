using Township.Congress.Reports.Fonts;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Checks at startup which CJK fonts PDF printing will use, and warms them. A missing font
/// does not stop the app: the log (and any PDF request) says exactly what to install.
/// </summary>
public static class PdfFonts
{
    public static void Check(WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILogger<FontOptions>>();
        var fonts = app.Services.GetRequiredService<FontOptions>();
        var probe = CjkFontProbe.Check(fonts);
        if (!probe.AllFound)
        {
            log.LogWarning("PDF printing is unavailable until CJK fonts are installed: {Fonts}", probe);
            return;
        }
        log.LogInformation("PDF fonts: {Fonts}", probe);
        // Warm in the background: parsing the fonts takes about half a second.
        _ = Task.Run(() =>
        {
            try { CjkFontRegistration.Preload(fonts); }
            catch (Exception e) { log.LogWarning(e, "Could not preload PDF fonts"); }
        });
    }
}
