using System.Buffers.Binary;

namespace Township.Congress.Reports.Fonts;

/// <summary>
/// Rewrites the format 4 subtables of a font's <c>cmap</c> (the BMP character → glyph map) into as few segments as
/// fit the format's 64 KB limit, mapping every character exactly as before. PDFsharp 6.2.4 looks a character up by
/// scanning the segments one by one (<c>OpenTypeDescriptor.BmpCodepointToGlyphIndex</c>) on every DrawString and
/// MeasureString, and AR PL UMing, the body face on Debian, keeps 2,658 of them (≈1,700 before a typical 汉字): the
/// scan was a quarter of an annual report's render. Spending the space on explicit glyph arrays instead of many
/// small delta segments leaves UMing with 9.
/// </summary>
public static class CharacterMapCompactor
{
    private const int MaxSubtableLength = ushort.MaxValue;
    private const int HeaderLength = 16;
    private const int SegmentLength = 8;
    private const int LastCode = 0xFFFE; // 0xFFFF belongs to the closing segment the format requires

    /// <summary>
    /// The <c>cmap</c> table with each format 4 subtable compacted; other subtables are copied as they are. Returns the
    /// table unchanged when it holds anything this code does not read, or when compacting would not shorten the scan.
    /// </summary>
    public static byte[] Compact(ReadOnlySpan<byte> cmap)
    {
        if (cmap.Length < 4 || BinaryPrimitives.ReadUInt16BigEndian(cmap) != 0)
        {
            return cmap.ToArray();
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        var headerLength = 4 + (8 * count);
        if (cmap.Length < headerLength)
        {
            return cmap.ToArray();
        }

        var output = new List<byte>(cmap.Length);
        output.AddRange(cmap[..headerLength]);
        var written = new Dictionary<uint, int>(); // records sharing a subtable keep sharing it
        var changed = false;
        for (var i = 0; i < count; i++)
        {
            var offset = BinaryPrimitives.ReadUInt32BigEndian(cmap[(4 + (8 * i) + 4)..]);
            if (!written.TryGetValue(offset, out var newOffset))
            {
                var length = SubtableLength(cmap, offset);
                if (length <= 0)
                {
                    return cmap.ToArray();
                }

                var subtable = cmap.Slice((int)offset, length);
                var compacted = BinaryPrimitives.ReadUInt16BigEndian(subtable) == 4 ? CompactFormat4(subtable) : null;
                changed |= compacted is not null;
                newOffset = output.Count;
                output.AddRange(compacted ?? subtable.ToArray());
                while (output.Count % 4 != 0)
                {
                    output.Add(0);
                }

                written[offset] = newOffset;
            }

            var record = 4 + (8 * i) + 4;
            var bytes = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)newOffset);
            for (var b = 0; b < 4; b++)
            {
                output[record + b] = bytes[b];
            }
        }

        return changed ? [.. output] : cmap.ToArray();
    }

    /// <summary>The glyph of each BMP code (0 for none) as a format 4 subtable maps it, first matching segment first, as PDFsharp reads it.</summary>
    public static ushort[] DecodeFormat4(ReadOnlySpan<byte> subtable)
    {
        var glyphs = new ushort[LastCode + 1];
        int segCount = BinaryPrimitives.ReadUInt16BigEndian(subtable[6..]) / 2;
        var ends = HeaderLength - 2;
        var starts = ends + (2 * segCount) + 2;
        var deltas = starts + (2 * segCount);
        var rangeOffsets = deltas + (2 * segCount);
        var covered = -1;
        for (var s = 0; s < segCount; s++)
        {
            int end = Read16(subtable, ends + (2 * s));
            int start = Read16(subtable, starts + (2 * s));
            var delta = Read16(subtable, deltas + (2 * s));
            var rangeOffset = Read16(subtable, rangeOffsets + (2 * s));
            for (var code = Math.Max(start, covered + 1); code <= Math.Min(end, LastCode); code++)
            {
                if (rangeOffset == 0)
                {
                    glyphs[code] = (ushort)(code + delta);
                    continue;
                }

                var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (code - start));
                var glyph = at + 2 <= subtable.Length ? Read16(subtable, at) : 0;
                glyphs[code] = glyph == 0 ? (ushort)0 : (ushort)(glyph + delta);
            }

            covered = Math.Max(covered, end);
        }

        return glyphs;
    }

    /// <summary>A format 4 subtable mapping each BMP code to <paramref name="glyphs"/>[code], in few segments; null if it would not fit.</summary>
    public static byte[]? EncodeFormat4(ReadOnlySpan<ushort> glyphs, ushort language = 0)
    {
        var segments = Merge(DeltaRuns(glyphs));
        segments.Add(new Segment(0xFFFF, 0xFFFF, IsArray: false, Delta: 1)); // maps 0xFFFF to glyph 0
        var arrayEntries = segments.Where(s => s.IsArray).Sum(s => s.Length);
        var length = HeaderLength + (SegmentLength * segments.Count) + (2 * arrayEntries);
        if (length > MaxSubtableLength)
        {
            return null;
        }

        var output = new byte[length];
        var span = output.AsSpan();
        var segCount = segments.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(segCount));
        var searchRange = 2 * (1 << entrySelector);
        Write16(span, 0, 4);
        Write16(span, 2, length);
        Write16(span, 4, language);
        Write16(span, 6, 2 * segCount);
        Write16(span, 8, searchRange);
        Write16(span, 10, entrySelector);
        Write16(span, 12, (2 * segCount) - searchRange);
        var ends = 14;
        var starts = ends + (2 * segCount) + 2;
        var deltas = starts + (2 * segCount);
        var rangeOffsets = deltas + (2 * segCount);
        var array = rangeOffsets + (2 * segCount);
        for (var s = 0; s < segCount; s++)
        {
            var segment = segments[s];
            Write16(span, ends + (2 * s), segment.End);
            Write16(span, starts + (2 * s), segment.Start);
            if (!segment.IsArray)
            {
                Write16(span, deltas + (2 * s), segment.Delta);
                continue;
            }

            // idRangeOffset counts bytes from its own position to the segment's first glyph.
            Write16(span, rangeOffsets + (2 * s), array - (rangeOffsets + (2 * s)));
            for (var code = segment.Start; code <= segment.End; code++)
            {
                Write16(span, array, glyphs[code]);
                array += 2;
            }
        }

        return output;
    }

    private static byte[]? CompactFormat4(ReadOnlySpan<byte> subtable)
    {
        if (subtable.Length < HeaderLength)
        {
            return null;
        }

        int segCount = BinaryPrimitives.ReadUInt16BigEndian(subtable[6..]) / 2;
        if (subtable.Length < HeaderLength + (SegmentLength * segCount))
        {
            return null;
        }

        var compacted = EncodeFormat4(DecodeFormat4(subtable), BinaryPrimitives.ReadUInt16BigEndian(subtable[4..]));
        return compacted is not null && BinaryPrimitives.ReadUInt16BigEndian(compacted.AsSpan(6)) / 2 < segCount ? compacted : null;
    }

    /// <summary>The runs of mapped codes whose glyphs follow their codes at one distance: the smallest segments.</summary>
    private static List<Segment> DeltaRuns(ReadOnlySpan<ushort> glyphs)
    {
        var runs = new List<Segment>();
        var code = 0;
        while (code <= LastCode)
        {
            if (glyphs[code] == 0)
            {
                code++;
                continue;
            }

            var start = code;
            var delta = (ushort)(glyphs[code] - code);
            while (code + 1 <= LastCode && glyphs[code + 1] != 0 && (ushort)(glyphs[code + 1] - (code + 1)) == delta)
            {
                code++;
            }

            runs.Add(new Segment(start, code, IsArray: false, delta));
            code++;
        }

        return runs;
    }

    /// <summary>
    /// Joins neighbouring segments into glyph-array segments (the codes between them map to glyph 0), cheapest joins
    /// first, while the subtable stays within its 64 KB.
    /// </summary>
    private static List<Segment> Merge(List<Segment> segments)
    {
        var budget = MaxSubtableLength - HeaderLength - SegmentLength; // the closing 0xFFFF segment
        var total = segments.Sum(s => s.Bytes);
        for (var threshold = 0; threshold <= 1 << 16 && segments.Count > 1; threshold = Math.Max(2, threshold * 2))
        {
            var merged = new List<Segment>(segments.Count) { segments[0] };
            foreach (var next in segments.Skip(1))
            {
                var last = merged[^1];
                var joined = new Segment(last.Start, next.End, IsArray: true, Delta: 0);
                var added = joined.Bytes - last.Bytes - next.Bytes;
                if (added <= threshold && (added <= 0 || total + added <= budget))
                {
                    merged[^1] = joined;
                    total += added;
                }
                else
                {
                    merged.Add(next);
                }
            }

            segments = merged;
        }

        return segments;
    }

    /// <summary>Length of the subtable at <paramref name="offset"/> from its own header; 0 when unknown or out of bounds.</summary>
    private static int SubtableLength(ReadOnlySpan<byte> cmap, uint offset)
    {
        if (offset + 8L > cmap.Length)
        {
            return 0;
        }

        var at = cmap[(int)offset..];
        long length = BinaryPrimitives.ReadUInt16BigEndian(at) switch
        {
            0 or 2 or 4 or 6 => BinaryPrimitives.ReadUInt16BigEndian(at[2..]),
            8 or 10 or 12 or 13 => BinaryPrimitives.ReadUInt32BigEndian(at[4..]),
            14 => BinaryPrimitives.ReadUInt32BigEndian(at[2..]),
            _ => 0,
        };
        return length > 0 && offset + length <= cmap.Length ? (int)length : 0;
    }

    private static ushort Read16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static void Write16(Span<byte> data, int at, int value) => BinaryPrimitives.WriteUInt16BigEndian(data[at..], unchecked((ushort)value));

    /// <summary>A run of codes mapped either by a fixed distance (<paramref name="Delta"/>) or by a glyph array.</summary>
    private readonly record struct Segment(int Start, int End, bool IsArray, ushort Delta)
    {
        public int Length => End - Start + 1;

        public int Bytes => SegmentLength + (IsArray ? 2 * Length : 0);
    }
}
