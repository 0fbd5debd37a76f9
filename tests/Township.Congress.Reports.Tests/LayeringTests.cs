using System.Reflection;

namespace Township.Congress.Reports.Tests;

/// <summary>docs/architecture.md: the prints know neither the web layer nor the model (the web layer builds print models).</summary>
public class LayeringTests
{
    private static List<string> Referenced() =>
        typeof(Township.Congress.Reports.Layout.OfficialDocument).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

    [Fact]
    public void ThePrintsReferenceNoWebAssembly() =>
        Assert.DoesNotContain(Referenced(), r => r.StartsWith("Township.Congress.Web", StringComparison.Ordinal)
            || r.StartsWith("MudBlazor", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));

    [Fact]
    public void ThePrintsDoNotReferenceTheModel() => Assert.DoesNotContain("Township.Congress", Referenced());
}
