using Township.Congress.Reports.Documents.Suggestions;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

/// <summary>A document carries the date of its act, so printing it again gives the same file.</summary>
public sealed class ReprintTests
{
    [Theory, MemberData(nameof(DocumentKinds.Names), MemberType = typeof(DocumentKinds))]
    public void A_reprint_is_the_same_file_byte_for_byte(string kind)
    {
        var first = DocumentKinds.Render(kind);
        // A second apart at least, so a clock in the metadata would show.
        Thread.Sleep(1100);
        var second = DocumentKinds.Render(kind);

        Assert.Equal(first.Length, second.Length);
        Assert.True(first.AsSpan().SequenceEqual(second), $"{kind}: two renders differ");
    }

    [Fact]
    public void A_letter_is_dated_by_its_signature_not_by_the_print()
    {
        var pdf = AssignmentLetterDocument.Render(SuggestionSampleData.Rehandling(), TestFonts.Default);

        using var document = PdfDocument.Open(pdf);
        Assert.StartsWith("D:20260706", document.Information.CreationDate, StringComparison.Ordinal);
        Assert.StartsWith("D:20260706", document.Information.ModifiedDate, StringComparison.Ordinal);
    }
}
