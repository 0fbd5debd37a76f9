namespace Township.Congress.Reports.Fonts;

/// <summary>
/// No usable Chinese font was found for a role. Thrown instead of rendering, because a PDF with a
/// Latin fallback font would print empty boxes where every Chinese character should be.
/// </summary>
public sealed class MissingCjkFontException : Exception
{
    public const string InstallCommand = "apt-get install fonts-arphic-uming fonts-wqy-microhei fonts-arphic-ukai";

    public MissingCjkFontException(FontRole role, IReadOnlyList<string> tried)
        : base(BuildMessage(role, tried))
    {
        Role = role;
        Tried = tried;
    }

    public FontRole Role { get; }

    /// <summary>Every candidate looked at, with the reason it was not used.</summary>
    public IReadOnlyList<string> Tried { get; }

    private static string BuildMessage(FontRole role, IReadOnlyList<string> tried) =>
        $"未找到中文字体（{role}），无法生成PDF。请安装: {InstallCommand}" +
        "（或将 simsun.ttc / simfang.ttf / simhei.ttf / simkai.ttf 复制到应用的 fonts 目录）。 " +
        $"No Chinese font found for role {role}; cannot render the PDF. Install: {InstallCommand} " +
        "(or copy simsun.ttc / simfang.ttf / simhei.ttf / simkai.ttf into the app's fonts folder). " +
        "Tried: " + string.Join("; ", tried);
}
