using System.Buffers.Binary;
using Township.Congress.Reports.Fonts;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace Township.Congress.Reports.Tests;

/// <summary>
/// The compacted cmap must give every character the glyph the font gave it: checked over the whole BMP against
/// PdfPig's own TrueType parser (an independent reader), for each face the documents print with.
/// </summary>
public class CharacterMapCompactorTests
{
    [Theory]
    [InlineData(TestFonts.UMing, 100)]
    [InlineData(TestFonts.UKai, 100)]
    [InlineData(TestFonts.MicroHei, 20)]
    public void Compacted_face_maps_every_character_as_the_font_does_in_far_fewer_segments(string path, int maxSegments)
    {
        var original = TrueTypeCollectionReader.ReadFace(path, 0, compactCharacterMap: false);
        var compacted = TrueTypeCollectionReader.ReadFace(path, 0);

        var before = TrueTypeFontParser.Parse(new TrueTypeDataBytes(original)).WindowsUnicodeCMap;
        var after = TrueTypeFontParser.Parse(new TrueTypeDataBytes(compacted)).WindowsUnicodeCMap;
        Assert.NotNull(before);
        Assert.NotNull(after);
        var differing = Enumerable.Range(0, 0xFFFF).Where(c => before.CharacterCodeToGlyphIndex(c) != after.CharacterCodeToGlyphIndex(c)).Take(5).ToList();
        Assert.Empty(differing);
        Assert.Equal(before.CharacterCodeToGlyphIndex('人'), after.CharacterCodeToGlyphIndex('人'));
        Assert.NotEqual(0, after.CharacterCodeToGlyphIndex('人'));

        Assert.True(WindowsSegments(compacted) <= maxSegments, $"{WindowsSegments(compacted)} segments (was {WindowsSegments(original)})");
        Assert.True(WindowsSegments(compacted) < WindowsSegments(original));
    }

    [Fact]
    public void A_map_round_trips_through_the_format_4_encoding()
    {
        var random = new Random(13);
        var glyphs = new ushort[0xFFFF];
        for (var code = 0x20; code < 0x2000; code++)
        {
            glyphs[code] = (ushort)(code + 3); // one long delta run
        }

        for (var code = 0x4E00; code < 0x9FA6; code++)
        {
            glyphs[code] = random.Next(8) == 0 ? (ushort)0 : (ushort)random.Next(1, 40000); // scattered, with holes
        }

        glyphs[0xFFFE] = 7;

        var subtable = CharacterMapCompactor.EncodeFormat4(glyphs);

        Assert.NotNull(subtable);
        Assert.Equal(glyphs, CharacterMapCompactor.DecodeFormat4(subtable));
    }

    [Fact]
    public void A_map_too_big_for_one_subtable_is_left_as_it_was()
    {
        var random = new Random(14);
        var glyphs = Enumerable.Range(0, 0xFFFF).Select(_ => (ushort)random.Next(1, 60000)).ToArray();

        Assert.Null(CharacterMapCompactor.EncodeFormat4(glyphs));
    }

    /// <summary>segCount of the font's (3, 1) cmap subtable.</summary>
    private static int WindowsSegments(byte[] font)
    {
        var span = font.AsSpan();
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        for (var i = 0; i < numTables; i++)
        {
            var record = span[(12 + (16 * i))..];
            if (BinaryPrimitives.ReadUInt32BigEndian(record) != 0x636D6170)
            {
                continue;
            }

            var cmap = span[(int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])..];
            int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
            for (var s = 0; s < count; s++)
            {
                var encoding = cmap[(4 + (8 * s))..];
                if (BinaryPrimitives.ReadUInt16BigEndian(encoding) == 3 && BinaryPrimitives.ReadUInt16BigEndian(encoding[2..]) == 1)
                {
                    var subtable = cmap[(int)BinaryPrimitives.ReadUInt32BigEndian(encoding[4..])..];
                    return BinaryPrimitives.ReadUInt16BigEndian(subtable[6..]) / 2;
                }
            }
        }

        throw new InvalidOperationException("The font has no (3, 1) cmap subtable.");
    }
}
