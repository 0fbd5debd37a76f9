using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Township.Congress.Reports.Layout;

/// <summary>
/// Saves a document with every stream compressed as complete zlib data. PDFsharp 6.2.4's own
/// FlateDecode.Encode writes the zlib header and the deflate data but never the Adler-32 trailer
/// (RFC 1950), so qpdf warns "input stream is complete but output may still be valid" and mutool
/// "premature end of data in flate filter" on every page, font and ToUnicode map. Readers cope today;
/// a strict archive or print workflow need not. So PDFsharp saves without compressing anything, the
/// file is read back, and each stream is compressed here with .NET's ZLibStream, which writes the
/// trailer; then the document is saved again as it is.
/// </summary>
internal static class PdfCompression
{
    private const string Filter = "/Filter";

    /// <summary>
    /// zlib level 2 rather than <see cref="CompressionLevel.Optimal"/> (level 6): compressing was ≈40 % of an annual report's
    /// render at level 6 and takes ≈ a third of that here, for a file ≈ 10 % larger, still far under the 1 MB a document may take.
    /// </summary>
    private const int ZlibLevel = 2;

    /// <param name="documentDate">
    /// The date of the act the document records (assignment, meeting), written as its creation and
    /// modification date; null leaves both out. Either way a reprint is the same file byte for byte.
    /// </param>
    public static byte[] Save(PdfDocument document, DateTime? documentDate)
    {
        Uncompressed(document);
        DocumentMetadata.SetDates(document, documentDate);
        using var plain = new MemoryStream();
        document.Save(plain, closeStream: false);

        plain.Position = 0;
        using var reopened = PdfReader.Open(plain, PdfDocumentOpenMode.Modify);
        Uncompressed(reopened);
        foreach (var item in reopened.Internals.GetAllObjects())
        {
            // A stream with a filter is already encoded (none is, as written above): leave it alone.
            if (item is PdfDictionary { Stream: { } metadata } xmp && xmp.Elements.GetName("/Type") == "/Metadata")
            {
                // XMP stays plain text, as readers and archives expect; its random UUIDs are made stable.
                metadata.Value = DocumentMetadata.FixXmpIds(metadata.Value);
                continue;
            }

            if (item is PdfDictionary { Stream: { } stream } dictionary && !dictionary.Elements.ContainsKey(Filter))
            {
                stream.Value = Zlib(stream.Value);
                dictionary.Elements.SetName(Filter, "/FlateDecode");
            }
        }

        DocumentMetadata.MakeDeterministic(reopened, documentDate);
        using var output = new MemoryStream();
        reopened.Save(output, closeStream: false);
        return DocumentMetadata.FixXmpIds(output.ToArray());
    }

    private static void Uncompressed(PdfDocument document)
    {
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
    }

    private static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = ZlibLevel }, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }
}
