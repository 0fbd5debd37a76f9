namespace Township.Congress.Reports.Fonts;

/// <summary>The outcome of looking for one role's font: the face used, or what was tried.</summary>
public sealed record FontRoleResolution(FontRole Role, FontFileReference? Font, IReadOnlyList<string> Tried)
{
    public bool Found => Font is not null;

    public override string ToString() => Found ? $"{Role}: {Font}" : $"{Role}: MISSING (tried {string.Join("; ", Tried)})";
}
