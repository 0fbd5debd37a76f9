using Township.Congress.Security;

namespace Township.Congress.Tests.Auditing;

/// <summary>One rule for personal data: who sees phone and ID numbers in full, and what the rest see.</summary>
public class DisclosureTests
{
    private static readonly Guid Township = Guid.NewGuid();

    [Fact]
    public void SecretaryAndAdministratorSeeFullNumbers()
    {
        foreach (var scope in new[] { TownshipScope.Secretary("town01", Guid.NewGuid(), Township), TownshipScope.Administrator("admin", Guid.NewGuid()) })
        {
            Assert.Equal("13912345678", scope.DisclosePhone("13912345678"));
            Assert.Equal("11010519491231002X", scope.DiscloseIdNumber("11010519491231002X"));
        }
    }

    [Fact]
    public void ChairCountyAndUnitsSeeMaskedNumbers()
    {
        foreach (var scope in new[]
        {
            TownshipScope.Chair("chair01", Guid.NewGuid(), Township), TownshipScope.CountyViewer("county", Guid.NewGuid(), [Township]),
            TownshipScope.HandlingUnit("unit01", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()),
        })
        {
            Assert.False(scope.MaySeePersonalData);
            Assert.Equal("139****5678", scope.DisclosePhone("13912345678"));
            Assert.Equal("110***********002X", scope.DiscloseIdNumber("11010519491231002X"));
            Assert.Equal("", scope.DisclosePhone(null));
            Assert.Equal("电话 139****5678，身份证 110***********002X", scope.DiscloseInText("电话 13912345678，身份证 11010519491231002X"));
        }
    }

    [Fact]
    public void MaskingAMaskedNumberChangesNothing()
    {
        var chair = TownshipScope.Chair("chair01", Guid.NewGuid(), Township);
        Assert.Equal("139****5678", chair.DisclosePhone("139****5678"));
        Assert.Equal("110***********002X", chair.DiscloseIdNumber("110***********002X"));
    }
}
