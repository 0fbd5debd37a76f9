namespace Township.Congress.Reports.Tests;

/// <summary>
/// Writes rendered samples for a person to look at (pdffonts, pdftoppm) when REPORTS_SAMPLES_DIR is
/// set; does nothing otherwise, so ordinary test runs leave no files behind.
/// </summary>
internal static class SampleOutput
{
    public static void Write(string fileName, byte[] pdf)
    {
        var directory = Environment.GetEnvironmentVariable("REPORTS_SAMPLES_DIR");
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, fileName), pdf);
        }
    }
}
