using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Township.Congress.Reports.Tests;

/// <summary>
/// Checks PdfPig does not: it reads pages whose compressed streams poppler rejects ("Bad block header in
/// flate stream") as merely empty, so a read-back test alone would pass on a broken file.
/// </summary>
internal static class PdfStreams
{
    public static void AssertEveryFlateStreamInflates(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var checkedStreams = 0;
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(reference).Data is not StreamToken stream
                || !stream.StreamDictionary.TryGet(NameToken.Filter, out var filter)
                || filter is not NameToken { Data: "FlateDecode" })
            {
                continue;
            }

            var raw = stream.Data.ToArray();
            Assert.True(Inflates(raw, out var error), $"stream {reference} does not inflate: {error}");
            checkedStreams++;
        }

        Assert.True(checkedStreams > 0, "no compressed stream found");
    }

    /// <summary>
    /// Inflates a zlib stream. PDFsharp 6.2.4 by itself never writes the Adler-32 trailer (PdfCompression now does), which
    /// every reader tolerates as long as data follows the header; a stream that inflates to nothing must
    /// therefore be complete. (An empty page once gave a bare 2-byte header: .NET inflates it to nothing
    /// without complaint, poppler reports "Bad block header in flate stream".)
    /// </summary>
    private static bool Inflates(byte[] raw, out string error)
    {
        var output = new MemoryStream();
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(raw), CompressionMode.Decompress);
            inflater.CopyTo(output);
        }
        catch (InvalidDataException exception)
        {
            error = exception.Message;
            return false;
        }

        error = $"{raw.Length} bytes inflate to nothing and do not end in a zlib trailer";
        if (output.Length > 0)
        {
            return true;
        }

        // Header, an empty final block and the Adler-32 of nothing (1).
        return raw.Length >= 8 && Adler32([]) == (uint)((raw[^4] << 24) | (raw[^3] << 16) | (raw[^2] << 8) | raw[^1]);
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }
}
