using BenchmarkDotNet.Attributes;
using Township.Congress.Reports.Documents.DeputyRecords;
using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Tests;

namespace Township.Congress.Benchmarks;

/// <summary>
/// The township batch of 履职档案 (160 deputies, each on new pages) and the 亮分表 of 160 deputies, warm, from
/// the print models the Reports tests read back. Target: the batch ≤ 2 s; both pass <c>qpdf --check</c>
/// (checked in <see cref="GlobalSetup"/>, which throws otherwise).
/// </summary>
[Config(typeof(PdfConfig))]
public class DeputyRecordsPdfBenchmark
{
    public const int Deputies = 160;

    private readonly FontOptions _fonts = new();
    private IReadOnlyList<DeputyRecordPrintModel> _records = null!;
    private PointsTablePrintModel _points = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        var names = RosterModels.Create(Deputies).Groups.SelectMany(g => g.Rows.Select(r => r.Name)).ToList();
        _records = DeputyRecordSampleData.Batch(names);
        _points = DeputyRecordSampleData.PointsTable(names);
        CjkFontRegistration.Preload(_fonts);
        Check("records", DeputyRecordDocument.RenderBatch(_records, _fonts));
        Check("points", PointsTableDocument.Render(_points, _fonts));
    }

    [Benchmark]
    public int RecordsBatch160Deputies() => DeputyRecordDocument.RenderBatch(_records, _fonts).Length;

    [Benchmark]
    public int PointsTable160Deputies() => PointsTableDocument.Render(_points, _fonts).Length;

    private static void Check(string name, byte[] pdf)
    {
        PdfChecks.QpdfClean(name, pdf);
        Console.WriteLine($"// Deputy {name} PDF: {Deputies} deputies, {pdf.Length:N0} bytes, qpdf --check clean");
    }
}
