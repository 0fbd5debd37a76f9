namespace Township.Congress.Reports.Layout;

/// <summary>
/// The column plan of a label/value form: a full row holds <paramref name="FieldsPerRow"/> fields, and a
/// row with fewer lets its last value span the rest, so the rules of all rows line up.
/// </summary>
/// <param name="LabelWidth">Width of a label cell relative to <paramref name="ValueWidth"/>.</param>
public sealed record FormGrid(int FieldsPerRow = 2, double LabelWidth = 1, double ValueWidth = 2)
{
    /// <summary>One field across the whole row: its value spans the rest of the form.</summary>
    public FormRow Row(FormField field) => RowOf([field]);

    /// <summary>Two fields; in a two-field grid the second value reaches the right edge.</summary>
    public FormRow Row(FormField first, FormField second) => RowOf([first, second]);

    /// <summary>
    /// One row of up to <see cref="FieldsPerRow"/> fields; change its height with
    /// <c>with { MinHeight = …, FillsPage = true }</c>. (Not an overload of Row: <c>Row(new("标题", …))</c> must stay unambiguous.)
    /// </summary>
    public FormRow RowOf(IReadOnlyList<FormField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count == 0 || fields.Count > FieldsPerRow)
        {
            throw new ArgumentException($"A row holds 1 to {FieldsPerRow} fields.", nameof(fields));
        }

        var cells = new List<FormCell>();
        for (var i = 0; i < fields.Count; i++)
        {
            var spare = i == fields.Count - 1 ? (FieldsPerRow - fields.Count) * (LabelWidth + ValueWidth) : 0;
            cells.Add(new FormCell(fields[i].Label, LabelWidth, IsLabel: true));
            cells.Add(new FormCell(fields[i].Value, ValueWidth + spare, Alignment: fields[i].ValueAlignment, Names: fields[i].Names));
        }

        return new FormRow(cells);
    }
}
