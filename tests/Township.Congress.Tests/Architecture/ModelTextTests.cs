using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Township.Congress.Deputies;
using Township.Congress.Resources;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Architecture;

/// <summary>
/// The model's messages come from Resources/ModelText.resx (Chinese) and ModelText.en.resx (English),
/// so the API can answer in the request's language. Chinese text that is data (label tables, file formats,
/// stored timeline text) is allowed below, each with its reason.
/// </summary>
public partial class ModelTextTests
{
    /// <summary>Whole files of Chinese data: the labels and formats of Chinese documents.</summary>
    private static readonly Dictionary<string, string> ChineseFiles = new()
    {
        ["Auditing/AuditFieldNames.cs"] = "the audit's Chinese field names (a label table)",
        ["Auditing/AuditCategories.cs"] = "the audit's filter categories (a label table)",
        ["Auditing/AuditRecordNames.cs"] = "names of records as the audit stores and shows them",
        ["Auditing/AuditTextSearch.cs"] = "reads item numbers typed with Chinese dashes",
        ["Data/EntityNames.cs"] = "Chinese names of the record kinds (a label table)",
        ["Data/FieldLabels.cs"] = "Chinese field names (a label table)",
        ["Deputies/DeputyLabels.cs"] = "enum labels (a label table)",
        ["Deputies/RosterColumns.cs"] = "the roster file's Chinese column headers",
        ["Formatting/ChineseDate.cs"] = "dates written the Chinese way",
        ["Formatting/PinyinInitials.cs"] = "surname readings of Chinese characters (data)",
        ["Formatting/EnumLabels.cs"] = "the label of an unknown value, as printed",
        ["LiaisonStations/NineHas.cs"] = "the 九有 checklist (a label table)",
        ["PresidiumMeetings/PresidiumLabels.cs"] = "enum labels (a label table)",
        ["Sessions/SessionLabels.cs"] = "enum labels (a label table)",
        ["Sessions/SessionNames.cs"] = "the sessions' official Chinese names and date ranges",
        ["Suggestions/SuggestionLabels.cs"] = "enum labels (a label table)",
        ["Suggestions/SuggestionLedger.cs"] = "the Chinese ledger spreadsheet's headers and figures",
    };

    private static string Model => RepositoryFolder.Of("src", "Township.Congress");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Model, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Fact]
    public void BothFilesHaveTheSameKeysAndNoEmptyValue()
    {
        var chinese = Read("ModelText.resx");
        var english = Read("ModelText.en.resx");

        Assert.True(chinese.Count > 100, $"only {chinese.Count} keys in ModelText.resx");
        Assert.Empty(chinese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(chinese.Keys));
        Assert.Empty(chinese.Concat(english).Where(kv => kv.Value.Length == 0).Select(kv => kv.Key));
    }

    [Fact]
    public void TranslationsKeepTheFormatPlaceholders()
    {
        var chinese = Read("ModelText.resx");
        var english = Read("ModelText.en.resx");
        static string Holes(string s) => string.Join(",", Placeholder().Matches(s).Select(m => m.Value).Order(StringComparer.Ordinal));

        Assert.Empty(chinese.Where(kv => Holes(kv.Value) != Holes(english[kv.Key])).Select(kv => kv.Key));
    }

    [Fact]
    public void EveryKeyIsUsedByTheModel()
    {
        var code = string.Join("\n", SourceFiles().Select(File.ReadAllText));
        var used = Used().Matches(code).Select(m => m.Groups[1].Value).ToHashSet();
        var unused = Read("ModelText.resx").Keys.Where(k => !used.Contains(k)).ToList();
        Assert.Empty(unused);
    }

    [Theory]
    [InlineData("zh-CN", "请填写代表姓名。")]
    [InlineData("zh-Hans", "请填写代表姓名。")]
    [InlineData("en", "Please enter the deputy's name.")]
    [InlineData("en-US", "Please enter the deputy's name.")]
    public void MessagesFollowTheUiCulture(string culture, string expected)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var errors = new DeputyInput { Name = " " }.Validate(new DateOnly(2026, 6, 1));
            Assert.Contains(errors, e => e.Field == "Name" && e.Message == expected);
            Assert.Equal(expected, ModelText.Deputy_NameRequired);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>
    /// A new message goes into ModelText.resx and ModelText.en.resx (docs/architecture.md, "Messages").
    /// Chinese that is data stays: in a file listed above, on a line ending in "// Chinese by design: why",
    /// or inside "#region Chinese by design: why".
    /// </summary>
    [Fact]
    public void NoChineseLiteralOutsideTheAllowedData()
    {
        var found = new List<string>();
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(Model, file).Replace('\\', '/');
            if (ChineseFiles.ContainsKey(relative)) continue;
            var inRegion = false;
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                var trimmed = line.Trim();
                if (trimmed.StartsWith("#region Chinese by design:", StringComparison.Ordinal)) inRegion = true;
                else if (trimmed.StartsWith("#endregion", StringComparison.Ordinal)) inRegion = false;
                else if (!inRegion && !line.Contains("// Chinese by design:", StringComparison.Ordinal) && Chinese().IsMatch(CodeOf(line)))
                    found.Add($"{relative}:{number}: {trimmed}");
            }
        }
        Assert.Empty(found);
    }

    [Fact]
    public void EveryAllowedFileExists()
    {
        var missing = ChineseFiles.Keys.Where(f => !File.Exists(Path.Combine(Model, f))).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void TheCheckFindsAChineseLiteralButNotAComment()
    {
        Assert.Matches(Chinese(), CodeOf("""errors.Add(new("Name", "请填写姓名。")); // the name"""));
        Assert.DoesNotMatch(Chinese(), CodeOf("""errors.Add(new("Name", ModelText.Deputy_NameRequired)); // 姓名"""));
        Assert.DoesNotMatch(Chinese(), CodeOf("/// <summary>代表名册</summary>"));
    }

    /// <summary>The line without its // comment; a // inside a string literal does not start one.</summary>
    private static string CodeOf(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (quoted && line[i] == '\\') { i++; continue; }
            if (line[i] == '"') quoted = !quoted;
            if (!quoted && i + 1 < line.Length && line[i] == '/' && line[i + 1] == '/') return line[..i];
        }
        return line;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Model, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"\{[^{}]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\bModelText\.(\w+)")]
    private static partial Regex Used();

    [GeneratedRegex(@"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")]
    private static partial Regex Chinese();
}
