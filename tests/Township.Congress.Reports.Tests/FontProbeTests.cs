using Township.Congress.Reports.Fonts;

namespace Township.Congress.Reports.Tests;

public sealed class FontProbeTests
{
    [Fact]
    public void Defaults_use_the_debian_open_fonts_on_this_machine()
    {
        var probe = CjkFontProbe.Check(new FontOptions());

        Assert.True(probe.AllFound, probe.ToString());
        // These paths hold only where no Windows fonts are installed, as on the build machine.
        Assert.Equal(TestFonts.UMing, probe.FontFor(FontRole.Title)?.Path);
        Assert.Equal(TestFonts.MicroHei, probe.FontFor(FontRole.Heading1)?.Path);
        Assert.Equal(TestFonts.UKai, probe.FontFor(FontRole.Heading2)?.Path);
        Assert.Equal(TestFonts.UMing, probe.FontFor(FontRole.Body)?.Path);
        Assert.Equal(TestFonts.UMing, probe.FontFor(FontRole.PageNumber)?.Path);
    }

    [Fact]
    public void Windows_faces_come_before_the_open_fonts()
    {
        var candidates = new FontOptions { AppFontsDirectory = "/app/fonts" }.CandidatesFor(FontRole.Body);

        Assert.Equal("/app/fonts/simfang.ttf", candidates[0]);
        Assert.Contains(@"C:\Windows\Fonts\simfang.ttf", candidates);
        Assert.Equal("/usr/share/fonts/truetype/arphic/uming.ttc", candidates[^1]);
    }

    [Fact]
    public void Configured_candidates_replace_the_defaults_and_select_a_face()
    {
        var probe = CjkFontProbe.Check(new FontOptions { Heading1 = [TestFonts.MicroHei + "#1"] });

        Assert.Equal(new FontFileReference(TestFonts.MicroHei, 1), probe.FontFor(FontRole.Heading1));
    }

    [Fact]
    public void Recursive_pattern_finds_a_font_in_a_subfolder()
    {
        var probe = CjkFontProbe.Check(new FontOptions { Heading2 = ["/usr/share/fonts/**/UKAI.TTC"] });

        Assert.Equal(TestFonts.UKai, probe.FontFor(FontRole.Heading2)?.Path);
    }

    [Fact]
    public void Installing_the_resolver_is_idempotent_across_threads()
    {
        Parallel.For(0, 16, _ => CjkFontRegistration.EnsureInstalled());

        Assert.Same(CjkFontRegistration.Resolver, PdfSharp.Fonts.GlobalFontSettings.FontResolver);
    }

    [Fact]
    public void Preload_reports_the_fonts_and_leaves_the_resolver_installed()
    {
        var probe = CjkFontRegistration.Preload(new FontOptions());

        Assert.True(probe.AllFound);
        Assert.Same(CjkFontRegistration.Resolver, PdfSharp.Fonts.GlobalFontSettings.FontResolver);
    }
}
