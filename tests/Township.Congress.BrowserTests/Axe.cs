using System.Text.Json;

namespace Township.Congress.BrowserTests;

/// <summary>
/// axe-core, the accessibility engine, run inside a page. Its script comes from the npm package pinned in
/// <c>.tools/axe/package-lock.json</c> (scripts/test.sh runs <c>npm ci</c> there); <c>CONGRESS_TEST_AXE</c> may point
/// at another axe.min.js. A missing script fails the test: an accessibility check that silently did not run proves nothing.
/// </summary>
public static class Axe
{
    public sealed record Violation(string Rule, string Impact, string Help, IReadOnlyList<string> Targets);

    private static readonly Lazy<string> Source = new(() => File.ReadAllText(ScriptPath()));

    public static string ScriptPath()
    {
        if (Environment.GetEnvironmentVariable("CONGRESS_TEST_AXE") is { Length: > 0 } configured)
            return File.Exists(configured) ? configured
                : throw new FileNotFoundException($"CONGRESS_TEST_AXE points at '{configured}', which does not exist.");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".tools", "axe", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException(
            "axe-core is not installed: run `npm ci` in .tools/axe (scripts/test.sh does) or set CONGRESS_TEST_AXE to an axe.min.js.");
    }

    /// <summary>The serious and critical violations axe finds in the page as it is now.</summary>
    public static async Task<IReadOnlyList<Violation>> SeriousViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, not a <script> tag: the app's CSP (script nonce) would refuse a tag.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Source.Value + "\n;undefined");
        var json = await page.EvaluateAsync<string>(@"async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })));
        }");
        var found = JsonSerializer.Deserialize<List<Violation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
        return found;
    }

    /// <summary>Fails when axe finds a serious or critical violation in the page as it is now (<paramref name="where"/> names it in the message).</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var found = await SeriousViolationsAsync(page);
        Assert.True(found.Count == 0, $"axe found serious or critical violations on {where}:\n" + Describe(found));
    }

    public static string Describe(IEnumerable<Violation> violations) => string.Join("\n", violations.Select(v =>
        $"  {v.Impact} {v.Rule} ({v.Help}): {v.Targets.Count} node(s): {string.Join(" | ", v.Targets.Take(4))}"));
}
