namespace Township.Congress.Formatting;

/// <summary>Multi-line text fields where each line is one item (议题, 议定事项, paragraphs of prose).</summary>
public static class TextLines
{
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
