using Township.Congress.Web.Features.Audit;

namespace Township.Congress.Web.Tests.Components;

public class AuditChangesTests
{
    [Fact]
    public void ChangesReadAsOldArrowNew() =>
        Assert.Equal("Occupation: 农民 → 村干部；Name: 张三",
            AuditChanges.Describe("""{"Occupation":{"old":"农民","new":"村干部"},"Name":{"new":"张三"}}"""));

    [Fact]
    public void EmptyOldValueIsShownAsEmpty() =>
        Assert.Equal("Phone: （空） → 139****5678", AuditChanges.Describe("""{"Phone":{"old":"","new":"139****5678"}}"""));
}
