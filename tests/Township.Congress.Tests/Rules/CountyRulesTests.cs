using System.Globalization;
using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Rules;
using Township.Congress.Security;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Rules;

public class CountyRulesTests
{
    [Fact]
    public void EverySettingHasAUniqueKeyADefaultInItsRangeAndALabelInBothLanguages()
    {
        Assert.NotEmpty(RuleCatalog.All);
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(s => s.Key).Distinct().Count());
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var setting in RuleCatalog.All)
            {
                Assert.True(setting.Accepts(setting.Default), setting.Key);
                Assert.Matches("^[a-z]+(-[a-z]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$", setting.Key);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
                Assert.Matches("\\p{IsCJKUnifiedIdeographs}", setting.Label());
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
                Assert.DoesNotMatch("\\p{IsCJKUnifiedIdeographs}", setting.Label());
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void ARuleReadsTheCountysValueOverTheDefault()
    {
        Assert.True(ActivityRules.GroupIsShort(1, CountyRules.Defaults));
        Assert.False(ActivityRules.GroupIsShort(2, CountyRules.Defaults));
        var stricter = CountyRules.Defaults.With(ActivityRules.GroupHeldPerYear, 4);
        Assert.True(ActivityRules.GroupIsShort(3, stricter));
        Assert.True(stricter.IsChanged(ActivityRules.GroupHeldPerYear));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheAdministratorSetsAndResetsAValueAndTownshipsReadIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var key = ActivityRules.GroupHeldPerYear.Key;
        await using (var db = database.Context(TownshipScope.Administrator("admin", Guid.NewGuid())))
            await new CountyRulesService(db).SetAsync(county.County.Id, key, 3, 0);

        await using (var db = database.Context(county.SecretaryOfOne))
        {
            var rules = await new CountyRulesService(db).ForTownshipAsync(county.One.Id);
            Assert.Equal(3, rules.Whole(ActivityRules.GroupHeldPerYear));
            var row = Assert.Single(await new CountyRulesService(db).ListAsync(county.County.Id), r => r.Setting.Key == key);
            Assert.True(row.IsChanged);
            Assert.Equal(1, row.Version);
        }

        await using (var db = database.Context(TownshipScope.Administrator("admin", Guid.NewGuid())))
        {
            var service = new CountyRulesService(db);
            // An editor who saw the default cannot overwrite a value set meanwhile.
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.SetAsync(county.County.Id, key, 5, 0));
            await service.SetAsync(county.County.Id, key, ActivityRules.GroupHeldPerYear.Default, 1);
            Assert.False((await service.ForCountyAsync(county.County.Id)).IsChanged(ActivityRules.GroupHeldPerYear));
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ValuesOutsideTheRangeUnknownKeysAndNonAdministratorsAreRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var key = ActivityRules.GroupHeldPerYear.Key;
        await using (var db = database.Context(TownshipScope.Administrator("admin", Guid.NewGuid())))
        {
            var service = new CountyRulesService(db);
            var range = await Assert.ThrowsAsync<DomainValidationException>(() => service.SetAsync(county.County.Id, key, 25, 0));
            Assert.Contains("0 至 24", range.Message);
            await Assert.ThrowsAsync<DomainValidationException>(() => service.SetAsync(county.County.Id, key, 2.5m, 0));
            await Assert.ThrowsAsync<DomainValidationException>(() => service.SetAsync(county.County.Id, "no.such-rule", 1, 0));
        }
        await using (var db = database.Context(county.SecretaryOfOne))
            await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => new CountyRulesService(db).SetAsync(county.County.Id, key, 3, 0));
        await using (var db = database.Context(county.CountyViewer))
            await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => new CountyRulesService(db).SetAsync(county.County.Id, key, 3, 0));
    }
}
