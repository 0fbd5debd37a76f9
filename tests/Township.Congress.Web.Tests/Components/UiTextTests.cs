using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Township.Congress.Web.Infrastructure;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Tests.Components;

public partial class UiTextTests
{
    private static Dictionary<string, string> Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Resources", file);
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    [Fact]
    public void EveryKeyHasAChineseAndAnEnglishValue()
    {
        var chinese = Read("UiText.resx");
        var english = Read("UiText.en.resx");

        Assert.True(chinese.Count > 100, $"only {chinese.Count} keys in UiText.resx");
        Assert.Empty(chinese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(chinese.Keys));
        Assert.Empty(chinese.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key));
        Assert.Empty(english.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key));
    }

    [Fact]
    public void TranslationsKeepTheFormatPlaceholders()
    {
        var chinese = Read("UiText.resx");
        var english = Read("UiText.en.resx");
        static string Holes(string s) => string.Join(",", Placeholder().Matches(s).Select(m => m.Value).Order(StringComparer.Ordinal));

        Assert.Empty(chinese.Where(kv => Holes(kv.Value) != Holes(english[kv.Key])).Select(kv => kv.Key));
    }

    [Fact]
    public void EveryKeyIsAPropertyOfTheGeneratedClass()
    {
        var properties = typeof(UiText).GetProperties().Select(p => p.Name).ToHashSet();
        Assert.Empty(Read("UiText.resx").Keys.Except(properties));
    }

    [Theory]
    [InlineData("zh-CN", "代表名册", "新增代表")]
    [InlineData("zh-Hans", "代表名册", "新增代表")]
    [InlineData("en", "Deputy roster", "Add deputy")]
    [InlineData("en-US", "Deputy roster", "Add deputy")]
    public void TextFollowsTheUiCulture(string culture, string title, string add)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(title, UiText.Roster_Title);
            Assert.Equal(add, UiText.Roster_AddDeputy);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public async Task RequestsAreChineseEvenOnAnEnglishServerForAnEnglishBrowser()
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            // What a host with LANG=en_US gives every thread.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            string? title = null;
            CultureInfo? ui = null;
            var middleware = new RequestLocalizationMiddleware(_ =>
            {
                ui = CultureInfo.CurrentUICulture;
                title = UiText.Roster_Title;
                return Task.CompletedTask;
            }, Options.Create(UiCulture.RequestOptions()), NullLoggerFactory.Instance);
            var http = new DefaultHttpContext();
            http.Request.Headers.AcceptLanguage = "en-US,en;q=0.9";
            http.Request.QueryString = new QueryString("?culture=en&ui-culture=en");

            await middleware.Invoke(http);

            Assert.Equal("zh-CN", ui?.Name);
            Assert.Equal("代表名册", title);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [GeneratedRegex(@"\{[^{}]+\}")]
    private static partial Regex Placeholder();
}
