using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

/// <summary>GB/T 9704-2012 5.2.2: 三号 body text, 28 characters a line, 22 lines a page, 仿宋 where a FangSong face is present.</summary>
public sealed class TypeGridTests
{
    private const string Text = "为进一步做好代表建议办理工作切实提高办理质量根据有关规定现将";

    [Fact]
    public void A_full_line_of_body_text_holds_28_characters_and_a_full_page_22_lines()
    {
        var document = new OfficialDocument(TestFonts.Default);
        for (var i = 0; i < 8; i++)
        {
            document.Paragraph(string.Concat(Enumerable.Repeat(Text, 4)));
        }

        using var pdf = PdfDocument.Open(document.Render());
        var page = pdf.GetPage(1);
        var lines = PageLine.Of(page);

        Assert.Equal(PageSetup.LinesPerPage, lines.Count);
        // A paragraph's first line is indented two characters; a line that ends the paragraph is short.
        var full = lines.Where(l => Math.Abs(l.Left - PageSetup.Gbt9704.LeftMargin) < 1 && l.Letters.Count >= 20).SkipLast(1).ToList();
        Assert.NotEmpty(full);
        Assert.All(full, l => Assert.Equal(PageSetup.CharactersPerLine, l.Letters.Count));
        Assert.All(lines.SelectMany(l => l.Letters), letter => Assert.Equal(16, letter.PointSize, 0.1));
        var last = full[0].Letters[^1];
        Assert.InRange(last.StartBaseLine.X + PageSetup.CharacterPitch, PageSetup.Gbt9704.PageWidth - PageSetup.Gbt9704.RightMargin - 1, PageSetup.Gbt9704.PageWidth - PageSetup.Gbt9704.RightMargin + 1);
    }

    [Fact]
    public void Body_text_uses_a_fangsong_face_when_one_is_installed()
    {
        var directory = Directory.CreateTempSubdirectory("congress-fonts-");
        try
        {
            // Any TrueType file under a FangSong name stands in for 华文仿宋 here.
            File.Copy(TestFonts.UMing, Path.Combine(directory.FullName, "STFANGSO.TTF"));
            var probe = CjkFontProbe.Check(new FontOptions { AppFontsDirectory = directory.FullName });

            Assert.Equal(Path.Combine(directory.FullName, "STFANGSO.TTF"), probe.FontFor(FontRole.Body)!.Path);
            Assert.Equal(TestFonts.UMing, CjkFontProbe.Check(new FontOptions { AppFontsDirectory = "/nonexistent" }).FontFor(FontRole.Body)!.Path);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
