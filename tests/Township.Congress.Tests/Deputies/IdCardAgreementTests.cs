using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Testing.Infrastructure;
using C = Township.Congress.Deputies.RosterColumns;

namespace Township.Congress.Tests.Deputies;

/// <summary>Birth date and gender cannot contradict the 18-digit ID number; left empty, they come from it.</summary>
public class IdCardAgreementTests
{
    /// <summary>A valid number for a birth date and gender (digit 17 odd: 男).</summary>
    public static string Id(string birth, bool male)
    {
        var first17 = "510822" + birth + (male ? "013" : "024");
        return first17 + IdCard.CheckDigit(first17);
    }

    [Fact]
    public void NumberStatesBirthDateAndGender()
    {
        var id = Id("19750318", male: false);
        Assert.True(IdCard.IsValid(id));
        Assert.Equal(new DateOnly(1975, 3, 18), IdCard.BirthDate(id));
        Assert.Equal(Gender.Female, IdCard.Gender(id));
        Assert.Equal(Gender.Male, IdCard.Gender(Id("19750318", male: true)));
        // Digits 7–14 that name no day make the number invalid even with a right check digit.
        var noDay = "51082219751340013";
        Assert.False(IdCard.IsValid(noDay + IdCard.CheckDigit(noDay)));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BirthDateOrGenderDisagreeingWithTheNumberIsRefusedNamingTheField(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => new DeputyService(db).CreateAsync(county.One.Id, new DeputyInput
        {
            Name = "赵敏", Gender = Gender.Male, BirthDate = new DateOnly(1975, 3, 19), IdCardNumber = Id("19750318", male: false),
        }));
        Assert.Contains(e.Errors, x => x.Field == "BirthDate" && x.Message.Contains("出生日期与公民身份号码不一致") && x.Message.Contains("1975-03-18"));
        Assert.Contains(e.Errors, x => x.Field == "Gender" && x.Message.Contains("性别与公民身份号码不一致") && x.Message.Contains("女"));
        await using var check = database.System();
        Assert.False(await check.Deputies.AnyAsync(d => d.Name == "赵敏"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EmptyBirthDateAndGenderAreTakenFromTheNumber(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);

        var saved = await new DeputyService(db).CreateAsync(county.One.Id,
            new DeputyInput { Name = "赵敏", IdCardNumber = Id("19750318", male: false) });
        Assert.Equal((new DateOnly(1975, 3, 18), Gender.Female), (saved.BirthDate, saved.Gender));

        var noGender = await Assert.ThrowsAsync<DomainValidationException>(() =>
            new DeputyService(db).CreateAsync(county.One.Id, new DeputyInput { Name = "钱多" }));
        Assert.Contains(noGender.Errors, x => x.Field == "Gender" && x.Message.Contains("请选择性别"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportChecksAndDerivesFromTheNumberToo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        Dictionary<string, object?> Row(string name, string gender, string birth, string id) => new()
        {
            [C.Name] = name, [C.Gender] = gender, [C.BirthDate] = birth, [C.IdCard] = id, [C.Category] = "农民", [C.Levels] = "乡",
        };

        var bad = await new RosterImport(db).ImportAsync(county.One.Id, Sheets.Of(
            Row("赵敏", "男", "1975-03-18", Id("19750318", male: false)),
            Row("孙丽", "", "1980-01-01", Id("19750319", male: false))));
        Assert.Equal([(2, C.Gender), (3, C.BirthDate)], bad.Errors.Select(x => (x.Row, x.Column)).ToArray());

        var good = await new RosterImport(db).ImportAsync(county.One.Id, Sheets.Of(Row("赵敏", "", "", Id("19750318", male: false))));
        Assert.True(good.Succeeded, string.Join("；", good.Errors.Select(x => x.Reason)));
        await using var check = database.System();
        var zhao = await check.Deputies.SingleAsync(d => d.Name == "赵敏");
        Assert.Equal((new DateOnly(1975, 3, 18), Gender.Female), (zhao.BirthDate, zhao.Gender));
    }
}
