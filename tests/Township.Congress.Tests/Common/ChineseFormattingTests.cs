using Township.Congress.Deputies;
using Township.Congress.Formatting;

namespace Township.Congress.Tests.Common;

public class ChineseFormattingTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(13, "十三")]
    [InlineData(20, "二十")]
    [InlineData(105, "一百零五")]
    [InlineData(1010, "一千零一十")]
    [InlineData(2024, "二千零二十四")]
    public void NumeralsAreWrittenTheChineseWay(int n, string expected) => Assert.Equal(expected, ChineseNumerals.Format(n));

    [Fact]
    public void OrdinalsNameTermsAndSessions()
    {
        Assert.Equal("第十三届", ChineseNumerals.TermOrdinal(13));
        Assert.Equal("第三次", ChineseNumerals.SessionOrdinal(3));
    }

    [Fact]
    public void DatesAreWrittenWithoutLeadingZeros() => Assert.Equal("2024年9月8日", ChineseDate.Format(new DateOnly(2024, 9, 8)));

    [Fact]
    public void InstantsAreShownInChinaTime() =>
        Assert.Equal("2024年9月9日 01:30", ChineseDate.FormatInstant(new DateTime(2024, 9, 8, 17, 30, 0, DateTimeKind.Utc)));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("12345", "*****")]
    public void PhonesAreMasked(string? phone, string expected) => Assert.Equal(expected, PhoneMask.Mask(phone));

    [Theory]
    [InlineData("张三丰", "zsf")]
    [InlineData("王德明", "wdm")]
    [InlineData("曾国藩", "zgf")]
    [InlineData("李秀英", "lxy")]
    public void PinyinInitialsOfNames(string name, string expected) => Assert.Equal(expected, PinyinInitials.Of(name));

    [Fact]
    public void IdCardCheckDigitFollowsIso7064()
    {
        Assert.True(IdCard.IsValid("11010519491231002X"));
        Assert.False(IdCard.IsValid("110105194912310021"));
        Assert.False(IdCard.IsValid("1101051949123100"));
    }
}
