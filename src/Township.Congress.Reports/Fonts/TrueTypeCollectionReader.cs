using System.Buffers.Binary;

namespace Township.Congress.Reports.Fonts;

/// <summary>
/// Turns one face of a TrueType collection (.ttc) into a standalone sfnt font, because PDFsharp
/// cannot read collections. The face's tables are copied into a new file with a fresh table
/// directory, rewritten offsets, 4-byte padding and recomputed checksums.
/// </summary>
public static class TrueTypeCollectionReader
{
    private const uint TtcTag = 0x74746366;      // 'ttcf'
    private const uint OttoTag = 0x4F54544F;     // 'OTTO': CFF outlines
    private const uint TrueTypeV1 = 0x00010000;
    private const uint AppleTrueTag = 0x74727565; // 'true'
    private const uint CffTag = 0x43464620;      // 'CFF '
    private const uint Cff2Tag = 0x43464632;     // 'CFF2'
    private const uint HeadTag = 0x68656164;     // 'head'
    private const uint CmapTag = 0x636D6170;     // 'cmap'
    private const uint ChecksumMagic = 0xB1B0AFBA;

    /// <summary>Number of faces: the collection's count, or 1 for a plain font file.</summary>
    public static int GetFaceCount(ReadOnlySpan<byte> data)
    {
        RequireLength(data, 12);
        return ReadUInt32(data, 0) == TtcTag ? checked((int)ReadUInt32(data, 8)) : 1;
    }

    /// <summary>Reads a font file and returns face <paramref name="faceIndex"/> as a standalone TrueType font.</summary>
    /// <param name="compactCharacterMap">Rewrite the cmap's format 4 subtables in few segments (<see cref="CharacterMapCompactor"/>): the same map, looked up much faster by PDFsharp.</param>
    public static byte[] ReadFace(string path, int faceIndex, bool compactCharacterMap = true) =>
        ExtractFace(File.ReadAllBytes(path), faceIndex, compactCharacterMap);

    /// <summary>
    /// Returns face <paramref name="faceIndex"/> as a standalone TrueType font. A plain .ttf is accepted
    /// for face 0 and rebuilt the same way, so every font PDFsharp sees went through the same checks.
    /// </summary>
    /// <param name="compactCharacterMap">Rewrite the cmap's format 4 subtables in few segments (<see cref="CharacterMapCompactor"/>).</param>
    public static byte[] ExtractFace(ReadOnlySpan<byte> data, int faceIndex, bool compactCharacterMap = true)
    {
        var directoryOffset = FindFaceDirectory(data, faceIndex);
        var tables = ReadTableDirectory(data, directoryOffset);
        var cmap = tables.FindIndex(t => t.Tag == CmapTag);
        byte[]? compacted = null;
        if (compactCharacterMap && cmap >= 0)
        {
            compacted = CharacterMapCompactor.Compact(data.Slice((int)tables[cmap].Offset, (int)tables[cmap].Length));
            tables[cmap] = tables[cmap] with { Length = (uint)compacted.Length };
        }

        return BuildSfnt(data, ReadUInt32(data, directoryOffset), tables, compacted);
    }

    /// <summary>
    /// Cheap check used when probing candidates: reads only headers, so large collections can be
    /// skipped without loading them. Throws <see cref="UnsupportedFontFormatException"/> when not TrueType.
    /// </summary>
    public static void EnsureTrueType(string path, int faceIndex)
    {
        using var stream = File.OpenRead(path);
        var header = ReadAt(stream, 0, 12);
        long directoryOffset = 0;
        if (ReadUInt32(header, 0) == TtcTag)
        {
            var count = ReadUInt32(header, 8);
            if (faceIndex < 0 || faceIndex >= count)
            {
                throw new UnsupportedFontFormatException($"{path}: face {faceIndex} does not exist (the collection has {count} faces).");
            }

            directoryOffset = ReadUInt32(ReadAt(stream, 12 + (4L * faceIndex), 4), 0);
        }
        else if (faceIndex != 0)
        {
            throw new UnsupportedFontFormatException($"{path}: is a single font; face {faceIndex} does not exist.");
        }

        var sfntHeader = ReadAt(stream, directoryOffset, 12);
        CheckVersion(ReadUInt32(sfntHeader, 0), path);
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(sfntHeader.AsSpan(4));
        var records = ReadAt(stream, directoryOffset + 12, numTables * 16);
        for (var i = 0; i < numTables; i++)
        {
            CheckTag(ReadUInt32(records, i * 16), path);
        }
    }

    private static int FindFaceDirectory(ReadOnlySpan<byte> data, int faceIndex)
    {
        RequireLength(data, 12);
        if (ReadUInt32(data, 0) != TtcTag)
        {
            if (faceIndex != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(faceIndex), faceIndex, "A single font file has only face 0.");
            }

            return 0;
        }

        var count = ReadUInt32(data, 8);
        if (faceIndex < 0 || faceIndex >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(faceIndex), faceIndex, $"The collection has {count} faces.");
        }

        RequireLength(data, 12 + (4 * (faceIndex + 1)));
        var offset = ReadUInt32(data, 12 + (4 * faceIndex));
        RequireLength(data, (long)offset + 12);
        return (int)offset;
    }

    private static List<TableRecord> ReadTableDirectory(ReadOnlySpan<byte> data, int directoryOffset)
    {
        CheckVersion(ReadUInt32(data, directoryOffset), "font");
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(data[(directoryOffset + 4)..]);
        RequireLength(data, directoryOffset + 12 + (16L * numTables));
        var tables = new List<TableRecord>(numTables);
        for (var i = 0; i < numTables; i++)
        {
            var at = directoryOffset + 12 + (16 * i);
            var record = new TableRecord(ReadUInt32(data, at), ReadUInt32(data, at + 8), ReadUInt32(data, at + 12));
            CheckTag(record.Tag, "font");
            RequireLength(data, (long)record.Offset + record.Length);
            tables.Add(record);
        }

        // The sfnt spec requires the directory sorted by tag; some readers binary-search it.
        tables.Sort((a, b) => a.Tag.CompareTo(b.Tag));
        return tables;
    }

    /// <param name="cmap">The cmap's new body, when it was rewritten (its record already carries the new length).</param>
    private static byte[] BuildSfnt(ReadOnlySpan<byte> source, uint sfntVersion, List<TableRecord> tables, byte[]? cmap)
    {
        var numTables = tables.Count;
        var headerLength = 12 + (16 * numTables);
        long total = headerLength;
        foreach (var table in tables)
        {
            total += Pad4(table.Length);
        }

        var output = new byte[checked((int)total)];
        var span = output.AsSpan();
        var entrySelector = numTables == 0 ? 0 : (int)Math.Floor(Math.Log2(numTables));
        var searchRange = (1 << entrySelector) * 16;
        BinaryPrimitives.WriteUInt32BigEndian(span, sfntVersion);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)numTables);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((numTables * 16) - searchRange));

        var offset = headerLength;
        var headOffset = -1;
        for (var i = 0; i < numTables; i++)
        {
            var table = tables[i];
            var body = span.Slice(offset, (int)table.Length);
            var content = table.Tag == CmapTag && cmap is not null ? cmap : source.Slice((int)table.Offset, (int)table.Length);
            content.CopyTo(body);
            if (table.Tag == HeadTag && table.Length >= 12)
            {
                // checkSumAdjustment must be zero while checksums are computed; it is set last.
                BinaryPrimitives.WriteUInt32BigEndian(body[8..], 0);
                headOffset = offset;
            }

            var record = span.Slice(12 + (16 * i), 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, table.Tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(span.Slice(offset, (int)Pad4(table.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], table.Length);
            offset += (int)Pad4(table.Length);
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(ChecksumMagic - Checksum(span)));
        }

        return output;
    }

    /// <summary>The sfnt checksum: sum of big-endian uint32 words (input 4-byte padded). A whole valid font sums to 0xB1B0AFBA.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        return sum;
    }

    private static void CheckVersion(uint version, string what)
    {
        if (version == OttoTag)
        {
            throw new UnsupportedFontFormatException(
                $"{what}: is an OpenType font with CFF outlines ('OTTO', e.g. Noto CJK .otf/.otc); PDFsharp can embed only TrueType-outlined fonts. Use a TrueType font (.ttf/.ttc) instead.");
        }

        if (version != TrueTypeV1 && version != AppleTrueTag)
        {
            throw new UnsupportedFontFormatException($"{what}: is not a TrueType font (sfnt version 0x{version:X8}).");
        }
    }

    private static void CheckTag(uint tag, string what)
    {
        if (tag is CffTag or Cff2Tag)
        {
            throw new UnsupportedFontFormatException(
                $"{what}: contains CFF outlines; PDFsharp can embed only TrueType-outlined fonts. Use a TrueType font (.ttf/.ttc) instead.");
        }
    }

    private static byte[] ReadAt(Stream stream, long offset, int count)
    {
        var buffer = new byte[count];
        stream.Position = offset;
        stream.ReadExactly(buffer);
        return buffer;
    }

    private static uint ReadUInt32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);

    private static long Pad4(uint length) => (length + 3L) & ~3L;

    private static void RequireLength(ReadOnlySpan<byte> data, long length)
    {
        if (data.Length < length)
        {
            throw new UnsupportedFontFormatException("Font data is truncated or not a font file.");
        }
    }

    private readonly record struct TableRecord(uint Tag, uint Offset, uint Length);
}
