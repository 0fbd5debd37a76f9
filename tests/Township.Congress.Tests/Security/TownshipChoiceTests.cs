using Township.Congress.Model;
using Township.Congress.Security;

namespace Township.Congress.Tests.Security;

public class TownshipChoiceTests
{
    private static readonly Guid Home = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    [Fact]
    public void TheGivenTownshipWinsOverTheHomeTownship() =>
        Assert.Equal(Other, TownshipScope.Secretary("town01", Guid.NewGuid(), Home).ResolveTownship(Other));

    [Fact]
    public void ASecretaryWhoNamesNoTownshipMeansTheirOwn() =>
        Assert.Equal(Home, TownshipScope.Secretary("town01", Guid.NewGuid(), Home).ResolveTownship(null));

    [Fact]
    public void CountyStaffWhoNameNoTownshipGetAValidationErrorOnTownshipId()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            TownshipScope.CountyViewer("county", Guid.NewGuid(), [Home, Other]).ResolveTownship(null));
        Assert.Contains(error.Errors, e => e.Field == "TownshipId" && e.Message == TownshipChoice.Required);
    }
}
