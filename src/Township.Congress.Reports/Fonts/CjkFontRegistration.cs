using PdfSharp.Fonts;
using Township.Congress.Reports.Layout;

namespace Township.Congress.Reports.Fonts;

/// <summary>
/// Installs <see cref="CjkFontResolver"/> as PDFsharp's global resolver. PDFsharp accepts one
/// resolver per process, so this is idempotent and thread safe; every document calls it.
/// </summary>
public static class CjkFontRegistration
{
    private static readonly Lock Gate = new();
    private static volatile bool installed;

    public static CjkFontResolver Resolver { get; } = new();

    /// <summary>Makes sure our resolver is PDFsharp's; throws if another resolver got there first.</summary>
    public static void EnsureInstalled()
    {
        if (installed)
        {
            return;
        }

        lock (Gate)
        {
            if (installed)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = Resolver;
            }
            else if (!ReferenceEquals(current, Resolver))
            {
                throw new InvalidOperationException(
                    $"Another PDFsharp font resolver ({current.GetType().FullName}) is already installed; PDFsharp allows one per process, so Chinese fonts cannot be registered.");
            }

            installed = true;
        }
    }

    /// <summary>
    /// Startup helper: installs the resolver, checks every role has a font (throws
    /// <see cref="MissingCjkFontException"/> otherwise), extracts the faces and renders a tiny
    /// document, so the first real request does not pay ≈0.5 s for reading and parsing ~40 MB of fonts.
    /// </summary>
    public static CjkFontProbeResult Preload(FontOptions options)
    {
        EnsureInstalled();
        var probe = CjkFontProbe.Check(options);
        probe.ThrowIfMissing();
        new OfficialDocument(options)
            .Title("预热")
            .Heading1("一、预热")
            .Heading2("（一）预热")
            .Paragraph("预热。")
            .Table([new TableColumn("预热", 1)], [["预热"]])
            .Render();
        return probe;
    }
}
