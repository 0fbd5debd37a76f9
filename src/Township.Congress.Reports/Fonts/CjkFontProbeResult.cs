namespace Township.Congress.Reports.Fonts;

/// <summary>Which font file each role uses; meant for a startup log line and health checks.</summary>
public sealed class CjkFontProbeResult(IReadOnlyList<FontRoleResolution> roles)
{
    public IReadOnlyList<FontRoleResolution> Roles { get; } = roles;

    public bool AllFound => Roles.All(r => r.Found);

    public FontFileReference? FontFor(FontRole role) => Roles.First(r => r.Role == role).Font;

    /// <summary>Throws <see cref="MissingCjkFontException"/> for the first role without a font.</summary>
    public void ThrowIfMissing()
    {
        var missing = Roles.FirstOrDefault(r => !r.Found);
        if (missing is not null)
        {
            throw new MissingCjkFontException(missing.Role, missing.Tried);
        }
    }

    public override string ToString() => string.Join(", ", Roles.Select(r => r.Found ? $"{r.Role}={r.Font}" : $"{r.Role}=MISSING"));
}
