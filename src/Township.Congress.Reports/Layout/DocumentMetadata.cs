using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace Township.Congress.Reports.Layout;

/// <summary>
/// A document is dated by its act, not by the moment it was printed: a reprint of a letter is the same
/// letter. PDFsharp stamps the clock into /CreationDate and /ModDate and a random GUID into the trailer
/// /ID; here the dates come from the act (or are left out) and the ID is a hash of the content.
/// </summary>
internal static partial class DocumentMetadata
{
    private const string CreationDateKey = "/CreationDate";
    private const string ModDateKey = "/ModDate";

    public static void MakeDeterministic(PdfDocument document, DateTime? documentDate)
    {
        SetDates(document, documentDate);
        RenameSubsets(document);
        var id = ContentHash(document);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
    }

    /// <summary>The act's date as creation and modification date, or neither (the XMP packet copies them on save).</summary>
    public static void SetDates(PdfDocument document, DateTime? documentDate)
    {
        var info = document.Info;
        if (documentDate is { } date)
        {
            // Noon, unspecified kind: no time zone shifts the day of the act.
            var noon = DateTime.SpecifyKind(date.Date.AddHours(12), DateTimeKind.Unspecified);
            info.CreationDate = noon;
            info.ModificationDate = noon;
        }
        else
        {
            info.Elements.Remove(CreationDateKey);
            info.Elements.Remove(ModDateKey);
        }
    }

    /// <summary>
    /// PDFsharp writes fresh random UUIDs into the XMP packet (xmpMM:DocumentID, InstanceID) on every save.
    /// They are replaced in the saved bytes by UUIDs made from the content, of the same length, so no
    /// offset of the cross-reference table moves.
    /// </summary>
    public static byte[] FixXmpIds(byte[] pdf)
    {
        // Latin-1 maps byte n to char n, so string indices are byte offsets: the bytes are hashed and patched in place
        // rather than the whole file being turned into strings and back (a few ms on a report of ten pages).
        var matches = XmpUuid().Matches(System.Text.Encoding.Latin1.GetString(pdf));
        if (matches.Count == 0)
        {
            return pdf;
        }

        // The seed hashes the file without the UUIDs and their tags, as before: the same content, the same IDs.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var at = 0;
        foreach (Match match in matches)
        {
            hash.AppendData(pdf, at, match.Index - at);
            at = match.Index + match.Length;
        }

        hash.AppendData(pdf, at, pdf.Length - at);
        var seed = hash.GetHashAndReset();
        var result = (byte[])pdf.Clone();
        for (var n = 0; n < matches.Count; n++)
        {
            var bytes = SHA256.HashData([.. seed, (byte)n]).AsSpan(0, 16).ToArray();
            var uuid = new Guid(bytes).ToString("D");
            var match = matches[n];
            System.Text.Encoding.Latin1.GetBytes(uuid, result.AsSpan(match.Index + match.Groups[1].Length, uuid.Length));
        }

        return result;
    }

    /// <summary>
    /// The six-letter tag PDFsharp puts before a subset font's name ("ACTEHJ+AR PL UMing CN") is random;
    /// each distinct tag becomes one made from the font's name and its place in the file.
    /// </summary>
    private static void RenameSubsets(PdfDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary)
            {
                continue;
            }

            foreach (var key in (string[])["/BaseFont", "/FontName"])
            {
                var name = dictionary.Elements.GetName(key);
                if (name.Length > 8 && name[7] == '+' && name[1..7].All(char.IsAsciiLetterUpper))
                {
                    var tag = name[1..7];
                    if (!tags.TryGetValue(tag, out var replacement))
                    {
                        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{tags.Count}:{name[8..]}"));
                        replacement = string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26))));
                        tags[tag] = replacement;
                    }

                    dictionary.Elements.SetName(key, "/" + replacement + name[7..]);
                }
            }
        }
    }

    /// <summary>Reads the date of a signature such as "2026年3月2日" (GB/T 9704 writes it in Arabic numerals); null if it is none.</summary>
    public static DateTime? ParseChineseDate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = ChineseDatePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateTime(year, month, day) : null;
    }

    /// <summary>The first 16 bytes of SHA-256 over the streams (pages, fonts) and the title, as the ID the standard asks to be unique per content.</summary>
    private static string ContentHash(PdfDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(document.Info.Title ?? string.Empty));
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfDictionary { Stream: { } stream })
            {
                hash.AppendData(stream.Value);
            }
        }

        var bytes = hash.GetHashAndReset().AsSpan(0, 16);
        // PDFsharp writes the ID as a hex string of the characters given, one byte per char.
        return string.Concat(bytes.ToArray().Select(b => (char)b));
    }

    [GeneratedRegex(@"(<xmpMM:(?:DocumentID|InstanceID)>uuid:)[0-9a-fA-F-]{36}")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex ChineseDatePattern();
}
