namespace Township.Congress.Deputies;

/// <summary>One problem in an imported sheet: Excel row number, column and reason, in Chinese.</summary>
public sealed record ImportError(int Row, string Column, string Reason);

public enum ImportRowKind
{
    Created,
    Changed,
    Unchanged,
}

/// <summary>What an import does (or, previewed, would do) to one row's deputy; changed columns by their headers.</summary>
public sealed record ImportRowChange(int Row, string Name, ImportRowKind Kind, IReadOnlyList<string> ChangedColumns);

/// <summary>
/// An import's outcome. <see cref="Updated"/> counts rows matched to existing deputies, of which
/// <see cref="Changed"/> change something and <see cref="Unchanged"/> nothing. A preview has the
/// same shape and wrote nothing.
/// </summary>
public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>True when nothing was written: the rows say what importing the file would do.</summary>
    public bool Preview { get; init; }
    public IReadOnlyList<ImportRowChange> Rows { get; init; } = [];
    public int Changed => Rows.Count(r => r.Kind == ImportRowKind.Changed);
    public int Unchanged => Rows.Count(r => r.Kind == ImportRowKind.Unchanged);

    /// <summary>Rows marked （示例） from the template, never imported.</summary>
    public int ExampleRowsSkipped { get; init; }
}
