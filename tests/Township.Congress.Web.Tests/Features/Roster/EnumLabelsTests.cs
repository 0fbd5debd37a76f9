using System.Reflection;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Reports.Fonts;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Features.Roster;
using UglyToad.PdfPig;
using C = Township.Congress.Deputies.RosterColumns;

namespace Township.Congress.Web.Tests.Features.Roster;

public class EnumLabelsTests
{
    /// <summary>Every label table of the model, found by reflection so a new one is checked without being listed here.</summary>
    public static TheoryData<string> Tables()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _, _) in AllTables()) data.Add(name);
        return data;
    }

    private static IEnumerable<(string Name, Type Enum, object Table)> AllTables() =>
        typeof(EnumLabels).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Labels", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(EnumLabels<>))
                .Select(f => ($"{t.Name}.{f.Name}", f.FieldType.GetGenericArguments()[0], f.GetValue(null)!)));

    [Fact]
    public void EveryLabelledEnumIsFound()
    {
        var enums = AllTables().Select(t => t.Enum).ToHashSet();
        Assert.Superset(new HashSet<Type>
        {
            typeof(Gender), typeof(DeputyStatus), typeof(DeputyCategory), typeof(DeputyLevels), typeof(AttendanceStatus),
            typeof(SessionStatus), typeof(SuggestionState), typeof(SuggestionAction), typeof(ActionStatus), typeof(HandlingUnitKind),
        }, enums);
    }

    [Theory, MemberData(nameof(Tables))]
    public void EveryValueOfALabelledEnumHasALabel(string table)
    {
        var (_, type, labels) = AllTables().Single(t => t.Name == table);
        var has = labels.GetType().GetMethod(nameof(EnumLabels<Gender>.Has))!;
        var flags = type.IsDefined(typeof(FlagsAttribute));
        foreach (var value in Enum.GetValues(type))
        {
            // A flags enum names its single levels; None is the empty set, written as "".
            if (flags && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) == 0) continue;
            Assert.True((bool)has.Invoke(labels, [value])!, $"{table} has no label for {value}");
        }
    }

    [Fact]
    public void AnUndefinedValuePrintsAsUnknownWithoutThrowing()
    {
        Assert.Equal("未知(99)", DeputyLabels.Of((Gender)99));
        Assert.Equal("未知(99)", DeputyLabels.Gender[(Gender)99]);
        Assert.Equal("未知(42)", DeputyLabels.Of((DeputyStatus)42));
        Assert.Equal("未知(7)", SessionLabels.Of((AttendanceStatus)7));
        Assert.Equal("未知(99)", SuggestionLabels.Of((SuggestionState)99));
        Assert.Equal("未知(9)", SuggestionLabels.Short((AnswerClass)9));
        Assert.Equal("未知(5)", PresidiumLabels.Of((ActionStatus)5));
        Assert.Equal("乡、未知(64)", DeputyLabels.Levels(DeputyLevels.Township | (DeputyLevels)64));
    }

    [Fact]
    public void ADefinedValueKeepsItsName()
    {
        Assert.Equal("女", DeputyLabels.Of(Gender.Female));
        Assert.Equal("已完成", PresidiumLabels.Of(ActionStatus.Done));
        Assert.Equal("乡、县", DeputyLabels.Levels(DeputyLevels.Township | DeputyLevels.County));
        Assert.True(DeputyLabels.TryParse(DeputyLabels.Category, " 教师 ", out DeputyCategory teacher));
        Assert.Equal(DeputyCategory.Teacher, teacher);
        Assert.False(DeputyLabels.TryParse(DeputyLabels.Gender, "未知(99)", out Gender _));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheRosterOfATownshipWithAnUnknownValueStillPrintsAndExports(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using (var system = database.System())
        {
            // Old data may hold values no label knows (written before a value was removed, or by hand):
            // written past SaveChanges, whose input contract refuses them today.
            await system.Deputies.Where(d => d.Id == county.DeputyOfOne.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.Gender, (Gender)99).SetProperty(d => d.Category, (DeputyCategory)77));
        }
        await using var db = database.Context(county.SecretaryOfOne);

        var sheet = await RosterSpreadsheet.ExportAsync(db, county.One.Id);
        var rows = new MemoryStream(sheet).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => (string?)r[C.Name] == county.DeputyOfOne.Name && (string?)r[C.Gender] == "未知(99)");
        Assert.Equal("未知(77)", row[C.Category]);

        var pdf = await new RosterPdf(new FontOptions(), new FixedClock(new DateOnly(2026, 3, 1))).RenderAsync(db, county.One.Id);
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("未知(99)", text);
    }
}
