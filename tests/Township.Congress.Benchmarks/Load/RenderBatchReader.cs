using System.Buffers.Binary;
using System.Text;

namespace Township.Congress.Benchmarks.Load;

/// <summary>Frame types of a render batch (the values of RenderTreeFrameType, as the batch carries them).</summary>
public enum FrameType
{
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
}

/// <summary>Edit types of a component's diff (the values of RenderTreeEditType).</summary>
public enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>
/// One frame as the batch carries it: only what a browser needs. <see cref="SubtreeLength"/> for elements, components
/// and regions; <see cref="Text"/> is an element's name, a text, a markup string or an attribute's name;
/// <see cref="Value"/> an attribute's value ("" for a true boolean, null for false or a non-string value).
/// </summary>
public readonly record struct BatchFrame(FrameType Type, int SubtreeLength, int ComponentId, string? Text, string? Value, ulong EventHandlerId);

/// <summary>One edit of a diff: <see cref="FrameIndex"/> is the reference frame (or, for a permutation entry, the sibling index moved to).</summary>
public readonly record struct BatchEdit(EditType Type, int SiblingIndex, int FrameIndex, string? RemovedAttributeName);

public sealed record ComponentDiff(int ComponentId, IReadOnlyList<BatchEdit> Edits);

/// <summary>A decoded render batch: the components' diffs, the frames they refer to, what was disposed.</summary>
public sealed record RenderBatch(IReadOnlyList<ComponentDiff> Diffs, IReadOnlyList<BatchFrame> Frames,
    IReadOnlyList<int> DisposedComponents, IReadOnlyList<ulong> DisposedEventHandlers)
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    /// <summary>
    /// Reads the binary batch the server sends in <c>JS.RenderBatch</c> (written by the framework's RenderBatchWriter, read by
    /// blazor.web.js): the sections first, then a table of string offsets, then five int32 offsets at the end (diffs,
    /// frames, disposed components, disposed event handlers, string table). Strings are indexes into the table (−1 for
    /// null), each a length-prefixed UTF-8 string as BinaryWriter writes it.
    /// </summary>
    public static RenderBatch Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 20) throw new FormatException($"a render batch has at least 20 bytes, this one {data.Length}");
        var strings = new StringTable(data, Int(data, data.Length - 4));

        var diffsAt = Int(data, data.Length - 20);
        var diffs = new ComponentDiff[Count(data, diffsAt)];
        for (var i = 0; i < diffs.Length; i++)
        {
            var at = Int(data, diffsAt + 4 + 4 * i);
            var edits = new BatchEdit[Count(data, at + 4)];
            for (var e = 0; e < edits.Length; e++)
            {
                var edit = at + 8 + EditSize * e;
                edits[e] = new((EditType)Int(data, edit), Int(data, edit + 4), Int(data, edit + 8), strings[Int(data, edit + 12)]);
            }
            diffs[i] = new(Int(data, at), edits);
        }

        var framesAt = Int(data, data.Length - 16);
        var frames = new BatchFrame[Count(data, framesAt)];
        for (var i = 0; i < frames.Length; i++) frames[i] = ReadFrame(data, framesAt + 4 + FrameSize * i, strings);

        var disposedAt = Int(data, data.Length - 12);
        var disposed = new int[Count(data, disposedAt)];
        for (var i = 0; i < disposed.Length; i++) disposed[i] = Int(data, disposedAt + 4 + 4 * i);

        var handlersAt = Int(data, data.Length - 8);
        var handlers = new ulong[Count(data, handlersAt)];
        for (var i = 0; i < handlers.Length; i++) handlers[i] = Long(data, handlersAt + 4 + 8 * i);

        return new(diffs, frames, disposed, handlers);
    }

    private static BatchFrame ReadFrame(ReadOnlySpan<byte> data, int at, StringTable strings)
    {
        var type = (FrameType)Int(data, at);
        var (first, second) = (Int(data, at + 4), Int(data, at + 8));
        return type switch
        {
            FrameType.Element => new(type, first, 0, strings[second], null, 0),
            FrameType.Component => new(type, first, second, null, null, 0),
            FrameType.Region => new(type, first, 0, null, null, 0),
            FrameType.Text or FrameType.Markup or FrameType.ElementReferenceCapture => new(type, 0, 0, strings[first], null, 0),
            FrameType.Attribute => new(type, 0, 0, strings[first], strings[second], Long(data, at + 12)),
            // Component reference captures (and any kind a newer server adds) are padding to a browser.
            _ => new(type, 0, 0, null, null, 0),
        };
    }

    private static int Int(ReadOnlySpan<byte> data, int at) =>
        at >= 0 && at + 4 <= data.Length
            ? BinaryPrimitives.ReadInt32LittleEndian(data[at..])
            : throw new FormatException($"offset {at} lies outside the batch ({data.Length} bytes)");

    private static ulong Long(ReadOnlySpan<byte> data, int at) =>
        at >= 0 && at + 8 <= data.Length
            ? BinaryPrimitives.ReadUInt64LittleEndian(data[at..])
            : throw new FormatException($"offset {at} lies outside the batch ({data.Length} bytes)");

    private static int Count(ReadOnlySpan<byte> data, int at)
    {
        var n = Int(data, at);
        return n >= 0 && n <= data.Length ? n : throw new FormatException($"count {n} at {at} cannot be");
    }

    /// <summary>The strings of a batch, decoded once each (a batch names the same attribute many times).</summary>
    private readonly ref struct StringTable(ReadOnlySpan<byte> data, int start)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private readonly Dictionary<int, string> _read = [];

        public string? this[int index]
        {
            get
            {
                if (index == -1) return null;
                if (_read.TryGetValue(index, out var known)) return known;
                var at = Int(_data, start + 4 * index);
                var length = 0;
                for (var shift = 0; ; shift += 7)
                {
                    if (at >= _data.Length) throw new FormatException($"string {index} starts outside the batch");
                    var b = _data[at++];
                    length |= (b & 0x7F) << shift;
                    if (b < 0x80) break;
                    if (shift > 21) throw new FormatException($"string {index}: a length of more than 4 bytes");
                }
                if (length < 0 || at + length > _data.Length) throw new FormatException($"string {index} runs past the batch");
                return _read[index] = Encoding.UTF8.GetString(_data.Slice(at, length));
            }
        }
    }
}
