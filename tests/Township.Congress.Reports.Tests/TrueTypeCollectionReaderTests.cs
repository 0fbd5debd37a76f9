using System.Buffers.Binary;
using System.Text;
using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;

namespace Township.Congress.Reports.Tests;

public sealed class TrueTypeCollectionReaderTests
{
    [Theory]
    [InlineData(TestFonts.UMing, 4)]
    [InlineData(TestFonts.UKai, 4)]
    [InlineData(TestFonts.MicroHei, 2)]
    public void Counts_the_faces_of_a_collection(string path, int faces)
    {
        Assert.Equal(faces, TrueTypeCollectionReader.GetFaceCount(File.ReadAllBytes(path)));
    }

    [Fact]
    public void Extracted_face_is_a_well_formed_sfnt()
    {
        var font = TrueTypeCollectionReader.ReadFace(TestFonts.MicroHei, 0);

        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(font));
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tags = new List<string>();
        for (var i = 0; i < numTables; i++)
        {
            var record = font.AsSpan(12 + (16 * i), 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            Assert.Equal(0, offset % 4);
            Assert.True(offset + length <= font.Length, $"{tag} lies outside the file");
            tags.Add(tag);
        }

        Assert.Equal(tags.Order(StringComparer.Ordinal), tags);
        Assert.Contains("glyf", tags);
        Assert.Contains("cmap", tags);
        // With checkSumAdjustment in place the whole font sums to the magic number.
        Assert.Equal(0xB1B0AFBAu, TrueTypeCollectionReader.Checksum(font));
    }

    [Fact]
    public void PDFsharp_accepts_an_extracted_face_and_the_text_reads_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ukai-face0-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(path, TrueTypeCollectionReader.ReadFace(TestFonts.UKai, 0));
        try
        {
            var pdf = new OfficialDocument(TestFonts.AllFrom(path)).Title("楷体测试").Paragraph("人民代表大会代表履职。").Render();

            var text = PdfText.PagesCompact(pdf)[0];
            Assert.Contains("楷体测试", text, StringComparison.Ordinal);
            Assert.Contains("人民代表大会代表履职。", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rejects_cff_opentype_fonts_with_a_clear_message()
    {
        var otto = new byte[64];
        BinaryPrimitives.WriteUInt32BigEndian(otto, 0x4F54544F); // 'OTTO'

        var ex = Assert.Throws<UnsupportedFontFormatException>(() => TrueTypeCollectionReader.ExtractFace(otto, 0));
        Assert.Contains("CFF", ex.Message, StringComparison.Ordinal);
        Assert.Contains("TrueType", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_collection_whose_face_is_cff()
    {
        // 'ttcf' header with one face at offset 16 whose sfnt version is 'OTTO'.
        var ttc = new byte[64];
        BinaryPrimitives.WriteUInt32BigEndian(ttc, 0x74746366);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(12), 16);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(16), 0x4F54544F);

        Assert.Throws<UnsupportedFontFormatException>(() => TrueTypeCollectionReader.ExtractFace(ttc, 0));
    }

    [Fact]
    public void Rejects_a_face_index_beyond_the_collection()
    {
        var data = File.ReadAllBytes(TestFonts.MicroHei);
        Assert.Throws<ArgumentOutOfRangeException>(() => TrueTypeCollectionReader.ExtractFace(data, 2));
    }

    [Fact]
    public void Rejects_data_that_is_not_a_font()
    {
        Assert.Throws<UnsupportedFontFormatException>(() => TrueTypeCollectionReader.ExtractFace(Encoding.ASCII.GetBytes("this is not a font file"), 0));
    }
}
