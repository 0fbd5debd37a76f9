using System.Reflection;
using System.Text.RegularExpressions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Architecture;

/// <summary>
/// The rooms of docs/architecture.md, checked: the model knows nothing of the web
/// layer, and components neither make services by hand nor judge the model's refusals themselves.
/// </summary>
public class LayeringTests
{
    private static readonly string[] WebAssemblies = ["Township.Congress.Web", "MudBlazor", "Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Http"];

    [Theory]
    [InlineData("Township.Congress")]
    [InlineData("Township.Congress.Text")]
    [InlineData("Township.Congress.Demo")]
    public void TheModelReferencesNoWebAssembly(string assemblyName)
    {
        var referenced = Assembly.Load(assemblyName).GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        Assert.DoesNotContain(referenced, r => WebAssemblies.Any(w => r == w || r.StartsWith(w + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void NoComponentMakesAServiceByHand() =>
        Assert.Empty(Offending(@"\bnew\s+\w+Service\s*\("));

    /// <summary>Refusals are shown by ChangeRunner with the model's own messages, not caught and judged per page.</summary>
    [Fact]
    public void NoComponentCatchesTheModelsRefusals() =>
        Assert.Empty(Offending(@"catch\s*\(\s*(DomainValidationException|ConcurrencyConflictException|TransitionNotAllowedException|TownshipAccessDeniedException)"));

    /// <summary>Which session and suggestion steps are allowed is the model's table (SessionWorkflow, SuggestionWorkflow).</summary>
    [Fact]
    public void NoComponentDecidesAllowedStepsFromAState() =>
        Assert.Empty(Offending(@"(State|Status)\s+is\s+(Suggestion(State)|Session(Status))\.\w+\s+or"));

    private static List<string> Offending(string pattern)
    {
        var web = RepositoryFolder.Of("src", "Township.Congress.Web");
        var regex = new Regex(pattern);
        var components = Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(web, "*.razor.cs", SearchOption.AllDirectories));
        return components.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => regex.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(web, x.f)}:{x.i + 1}: {x.line.Trim()}").ToList();
    }
}
