using System.Text;
using System.Text.RegularExpressions;

namespace Township.Congress.Benchmarks.Load;

/// <summary>A node of the tree a circuit's render batches build: what a browser's DOM would hold, without layout.</summary>
public abstract class DomNode
{
    public DomContainer? Parent { get; internal set; }

    /// <summary>The text a person reads (an element's descendants' text, a markup string without its tags).</summary>
    public abstract void AppendText(StringBuilder into);

    public string TextContent
    {
        get
        {
            var text = new StringBuilder();
            AppendText(text);
            return text.ToString();
        }
    }

    /// <summary>The nearest element at or above this node.</summary>
    public DomElement? Element => this as DomElement ?? Parent?.Element;
}

/// <summary>A node with children: an element, or a component's place (a "logical container", as blazor.web.js keeps one).</summary>
public abstract class DomContainer : DomNode
{
    public List<DomNode> Children { get; } = [];

    public override void AppendText(StringBuilder into)
    {
        foreach (var child in Children) child.AppendText(into);
    }

    /// <summary>Every element below this node, in document order (a stack, not nested iterators: pages are deep).</summary>
    public IEnumerable<DomElement> Descendants()
    {
        var pending = new Stack<DomNode>();
        for (var i = Children.Count - 1; i >= 0; i--) pending.Push(Children[i]);
        while (pending.TryPop(out var node))
        {
            if (node is DomElement element) yield return element;
            if (node is DomContainer container)
                for (var i = container.Children.Count - 1; i >= 0; i--) pending.Push(container.Children[i]);
        }
    }
}

public sealed class DomComponent(int id) : DomContainer
{
    public int Id { get; } = id;
}

public sealed partial class DomElement(string name) : DomContainer
{
    public string Name { get; } = name;
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Event name ("click", "input", "change" …) → the handler id the server gave it, and the component that rendered it.</summary>
    public Dictionary<string, (ulong Id, int ComponentId)> Handlers { get; } = new(StringComparer.Ordinal);

    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

    public bool HasClass(string name) => this["class"] is { } c && c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name);

    /// <summary>Disabled as a browser would say: the attribute present (a true boolean arrives as "").</summary>
    public bool Disabled => Attributes.ContainsKey("disabled");

    /// <summary>The text, its white space collapsed.</summary>
    public string Text => Spaces().Replace(TextContent, " ").Trim();

    /// <summary>The element or its nearest ancestor listening to <paramref name="eventName"/>, as the event would bubble.</summary>
    public DomElement? Listening(string eventName)
    {
        for (DomNode? node = this; node is not null; node = node.Parent)
            if (node is DomElement e && e.Handlers.ContainsKey(eventName)) return e;
        return null;
    }

    public override string ToString() => $"<{Name}{string.Concat(Attributes.Select(a => $" {a.Key}=\"{a.Value}\""))}>";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

public sealed class DomText(string text) : DomNode
{
    public string Text { get; set; } = text;
    public override void AppendText(StringBuilder into) => into.Append(Text);
}

/// <summary>
/// A markup string (a <c>MarkupString</c>, or static HTML the Razor compiler folded into one frame): its elements are
/// parsed into children as a browser would, so a test id or a text in it is found like any other (they carry no handlers).
/// </summary>
public sealed partial class DomMarkup : DomContainer
{
    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
    private string _html = "";

    public DomMarkup(string html) => Html = html;

    public string Html
    {
        get => _html;
        set
        {
            _html = value;
            Children.Clear();
            Parse(value);
        }
    }

    private void Parse(string html)
    {
        DomContainer open = this;
        var at = 0;
        foreach (Match tag in Tags().Matches(html))
        {
            AddText(open, html[at..tag.Index]);
            at = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (name.Length == 0) continue; // a comment
            if (tag.Groups["close"].Success)
            {
                // Close the nearest open element of that name (a stray closing tag is ignored, as a browser does).
                for (DomContainer? c = open; c is DomElement e && c != this; c = c.Parent)
                    if (e.Name == name) { open = e.Parent!; break; }
                continue;
            }
            var element = new DomElement(name) { Parent = open };
            foreach (Match a in Attributes().Matches(tag.Groups["attrs"].Value))
                element.Attributes[a.Groups["n"].Value.ToLowerInvariant()] = System.Net.WebUtility.HtmlDecode(a.Groups["v"].Success ? a.Groups["v"].Value : "");
            open.Children.Add(element);
            if (!Void.Contains(name) && !tag.Groups["self"].Success) open = element;
        }
        AddText(open, html[at..]);
    }

    private static void AddText(DomContainer parent, string text)
    {
        if (text.Length > 0) parent.Children.Add(new DomText(System.Net.WebUtility.HtmlDecode(text)) { Parent = parent });
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][\w:-]*)(?<attrs>(?:[^>""']|""[^""]*""|'[^']*')*?)(?<self>/)?>|<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex(@"(?<n>[^\s=/""'>]+)(?:\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>]+)))?")]
    private static partial Regex Attributes();
}
