using System.Diagnostics;

namespace Township.Congress.Benchmarks;

/// <summary>The checks a PDF benchmark's setup makes before it measures anything: qpdf finds nothing to warn about.</summary>
internal static class PdfChecks
{
    /// <summary>Runs <c>qpdf --check</c> on <paramref name="pdf"/> and throws on an error or a warning.</summary>
    public static void QpdfClean(string name, byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bench-{name}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var qpdf = Process.Start(new ProcessStartInfo("qpdf") { ArgumentList = { "--check", file }, RedirectStandardOutput = true, RedirectStandardError = true })!;
            var report = qpdf.StandardOutput.ReadToEnd() + qpdf.StandardError.ReadToEnd();
            qpdf.WaitForExit();
            if (qpdf.ExitCode != 0 || report.Contains("WARNING", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"qpdf --check failed for the {name} PDF:\n{report}");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
