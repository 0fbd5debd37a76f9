using BenchmarkDotNet.Attributes;
using Township.Congress.Reports.Documents;
using Township.Congress.Reports.Fonts;

namespace Township.Congress.Benchmarks;

/// <summary>
/// Renders the 代表名册 PDF of a 160-deputy township with the default (Debian CJK) fonts, warm:
/// the fonts are loaded and the first document rendered in <see cref="GlobalSetup"/>.
/// Target: ≤ 100 ms and ≤ 1 MB.
/// </summary>
[Config(typeof(PdfConfig))]
public class RosterPdfBenchmark
{
    public const int Deputies = 160;

    private readonly FontOptions _fonts = new();
    private RosterPrintModel _model = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        _model = RosterModels.Create(Deputies);
        CjkFontRegistration.Preload(_fonts);
        var pdf = DeputyRosterDocument.Render(_model, _fonts);
        Console.WriteLine($"// Roster PDF: {Deputies} deputies, {pdf.Length:N0} bytes ({pdf.Length / 1024.0 / 1024.0:0.000} MB)");
        if (pdf.Length > 1024 * 1024) throw new InvalidOperationException($"The roster PDF is {pdf.Length:N0} bytes, over the 1 MB budget.");
    }

    [Benchmark]
    public int Render160Deputies() => DeputyRosterDocument.Render(_model, _fonts).Length;
}
