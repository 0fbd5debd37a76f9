using Township.Congress.Reports.Documents;
using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;

namespace Township.Congress.Reports.Tests;

public sealed class MissingFontTests
{
    [Fact]
    public void Rendering_without_chinese_fonts_names_the_packages_to_install()
    {
        var ex = Assert.Throws<MissingCjkFontException>(() => DeputyRosterDocument.Render(RosterSampleData.Model(3), TestFonts.Missing));

        Assert.Contains("未找到中文字体", ex.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install fonts-arphic-uming fonts-wqy-microhei fonts-arphic-ukai", ex.Message, StringComparison.Ordinal);
        Assert.Contains("No Chinese font found", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/simsun.ttc", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_missing_role_fails()
    {
        var options = new FontOptions { Heading2 = ["/nonexistent/simkai.ttf"] };

        var ex = Assert.Throws<MissingCjkFontException>(() => new OfficialDocument(options));
        Assert.Equal(FontRole.Heading2, ex.Role);
    }

    [Fact]
    public void Probe_reports_missing_roles_without_throwing()
    {
        var probe = CjkFontProbe.Check(TestFonts.Missing);

        Assert.False(probe.AllFound);
        Assert.All(probe.Roles, r => Assert.Null(r.Font));
    }

    [Fact]
    public void A_cff_font_is_skipped_with_the_reason_recorded()
    {
        var otf = Path.Combine(Path.GetTempPath(), $"fake-{Guid.NewGuid():N}.otf");
        File.WriteAllBytes(otf, [0x4F, 0x54, 0x54, 0x4F, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        try
        {
            var probe = CjkFontProbe.Check(new FontOptions { Body = [otf, TestFonts.UMing] });

            var body = probe.Roles.Single(r => r.Role == FontRole.Body);
            Assert.Equal(TestFonts.UMing, body.Font?.Path);
            Assert.Contains(body.Tried, t => t.Contains("CFF", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(otf);
        }
    }
}
