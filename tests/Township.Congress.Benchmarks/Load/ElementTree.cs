namespace Township.Congress.Benchmarks.Load;

/// <summary>
/// The DOM-like tree of one circuit, kept from its render batches as blazor.web.js's BrowserRenderer keeps the page:
/// every component is a container whose children its diffs edit (regions are flattened into their parent, attribute
/// frames land on their element), event handlers are kept per element and event name. Not thread-safe: the circuit
/// applies batches and reads the tree under one lock.
/// </summary>
public sealed class ElementTree
{
    private readonly Dictionary<int, DomComponent> _components = [];

    /// <summary>Each live event handler's element, so a disposed handler is removed without walking the page.</summary>
    private readonly Dictionary<ulong, DomElement> _handlers = [];

    /// <summary>Components whose place no rendered frame holds: the root components (their places are the page's markers).</summary>
    public IEnumerable<DomComponent> Roots => _components.Values.Where(c => c.Parent is null).OrderBy(c => c.Id);

    public int ComponentCount => _components.Count;

    /// <summary>Every element of the page, in document order of each root.</summary>
    public IEnumerable<DomElement> Elements => Roots.SelectMany(r => r.Descendants());

    /// <summary>What the page holds, for a failure's message: its components, elements and test ids.</summary>
    public string Describe()
    {
        var elements = Elements.ToList();
        var ids = elements.Select(e => e["data-testid"]).OfType<string>().Distinct().Take(30);
        // What the page says to its user (a field's message, an alert, a snackbar), so a refused action explains itself.
        var said = elements.Where(e => e.HasClass("mud-input-error") || e.HasClass("mud-alert") || e.HasClass("mud-snackbar"))
            .Select(e => e.Text).Where(t => t.Length > 0).Distinct().Take(5).ToList();
        return $"{_components.Count} components, {Roots.Count()} roots, {elements.Count} elements; "
               + (said.Count > 0 ? $"the page says: {string.Join(" | ", said)}; " : "") + $"test ids: {string.Join(", ", ids)}";
    }

    public void Apply(RenderBatch batch)
    {
        foreach (var diff in batch.Diffs) ApplyDiff(Component(diff.ComponentId), diff.Edits, batch.Frames);
        foreach (var id in batch.DisposedComponents)
            if (_components.Remove(id, out var gone) && gone.Parent is { } parent) parent.Children.Remove(gone);
        foreach (var id in batch.DisposedEventHandlers)
            if (_handlers.Remove(id, out var owner))
                foreach (var (name, handler) in owner.Handlers.ToList())
                    if (handler.Id == id) owner.Handlers.Remove(name);
    }

    private DomComponent Component(int id)
    {
        if (!_components.TryGetValue(id, out var component)) _components[id] = component = new DomComponent(id);
        return component;
    }

    private void ApplyDiff(DomComponent component, IReadOnlyList<BatchEdit> edits, IReadOnlyList<BatchFrame> frames)
    {
        DomContainer parent = component;
        List<(int From, int To)>? permutation = null;
        foreach (var edit in edits)
        {
            switch (edit.Type)
            {
                case EditType.PrependFrame:
                    InsertFrame(component.Id, parent, edit.SiblingIndex, frames, edit.FrameIndex);
                    break;
                case EditType.RemoveFrame:
                    Remove(parent.Children[edit.SiblingIndex]);
                    parent.Children.RemoveAt(edit.SiblingIndex);
                    break;
                case EditType.SetAttribute:
                    SetAttribute(component.Id, ElementAt(parent, edit.SiblingIndex), frames[edit.FrameIndex]);
                    break;
                case EditType.RemoveAttribute:
                    var element = ElementAt(parent, edit.SiblingIndex);
                    var removed = edit.RemovedAttributeName ?? throw new FormatException("removeAttribute without a name");
                    if (!element.Attributes.Remove(removed) && removed.StartsWith("on", StringComparison.Ordinal))
                        element.Handlers.Remove(removed[2..]);
                    break;
                case EditType.UpdateText:
                    (parent.Children[edit.SiblingIndex] as DomText ?? throw new FormatException("updateText on a node that is no text"))
                        .Text = frames[edit.FrameIndex].Text ?? "";
                    break;
                case EditType.UpdateMarkup:
                    (parent.Children[edit.SiblingIndex] as DomMarkup ?? throw new FormatException("updateMarkup on a node that is no markup"))
                        .Html = frames[edit.FrameIndex].Text ?? "";
                    break;
                case EditType.StepIn:
                    parent = ElementAt(parent, edit.SiblingIndex);
                    break;
                case EditType.StepOut:
                    parent = parent.Parent ?? throw new FormatException("stepOut above the component");
                    break;
                case EditType.PermutationListEntry:
                    (permutation ??= []).Add((edit.SiblingIndex, edit.FrameIndex));
                    break;
                case EditType.PermutationListEnd:
                    var before = parent.Children.ToArray();
                    foreach (var (from, to) in permutation ?? []) parent.Children[to] = before[from];
                    permutation = null;
                    break;
                default:
                    throw new FormatException($"unknown edit type {(int)edit.Type}");
            }
        }
    }

    private static DomElement ElementAt(DomContainer parent, int index) =>
        parent.Children[index] as DomElement ?? throw new FormatException($"child {index} of {parent} is not an element");

    /// <summary>Inserts the frame at <paramref name="frameIndex"/> as child <paramref name="childIndex"/>; returns how many children it added.</summary>
    private int InsertFrame(int componentId, DomContainer parent, int childIndex, IReadOnlyList<BatchFrame> frames, int frameIndex)
    {
        var frame = frames[frameIndex];
        switch (frame.Type)
        {
            case FrameType.Element:
                var element = new DomElement(frame.Text ?? "");
                Insert(parent, childIndex, element);
                var end = frameIndex + frame.SubtreeLength;
                var i = frameIndex + 1;
                for (; i < end && frames[i].Type == FrameType.Attribute; i++) SetAttribute(componentId, element, frames[i]);
                InsertRange(componentId, element, 0, frames, i, end);
                return 1;
            case FrameType.Component:
                var child = Component(frame.ComponentId);
                child.Parent?.Children.Remove(child);
                Insert(parent, childIndex, child);
                return 1;
            case FrameType.Region:
                return InsertRange(componentId, parent, childIndex, frames, frameIndex + 1, frameIndex + frame.SubtreeLength);
            case FrameType.Text:
                Insert(parent, childIndex, new DomText(frame.Text ?? ""));
                return 1;
            case FrameType.Markup:
                Insert(parent, childIndex, new DomMarkup(frame.Text ?? ""));
                return 1;
            default:
                // Element reference captures (an id on their element, for JS) and attributes out of place add nothing.
                return 0;
        }
    }

    private int InsertRange(int componentId, DomContainer parent, int childIndex, IReadOnlyList<BatchFrame> frames, int start, int end)
    {
        var first = childIndex;
        for (var i = start; i < end; i++)
        {
            childIndex += InsertFrame(componentId, parent, childIndex, frames, i);
            if (frames[i].Type is FrameType.Element or FrameType.Component or FrameType.Region) i += frames[i].SubtreeLength - 1;
        }
        return childIndex - first;
    }

    private static void Insert(DomContainer parent, int index, DomNode node)
    {
        node.Parent = parent;
        parent.Children.Insert(index, node);
    }

    /// <summary>An attribute frame on an element: a handler id makes it a listener (the name less "on"), else a value.</summary>
    private void SetAttribute(int componentId, DomElement element, BatchFrame frame)
    {
        var name = frame.Text ?? throw new FormatException("an attribute without a name");
        if (frame.EventHandlerId != 0)
        {
            element.Handlers[name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : name] = (frame.EventHandlerId, componentId);
            _handlers[frame.EventHandlerId] = element;
            return;
        }
        if (frame.Value is null) element.Attributes.Remove(name); // false or a non-string value: a browser leaves it off
        else element.Attributes[name] = frame.Value;
    }

    /// <summary>A removed subtree: the components inside it are disposed by the server in the same batch; forget their places.</summary>
    private static void Remove(DomNode node) => node.Parent = null;
}
