using Township.Congress.Files;

namespace Township.Congress.Tests.Common;

public class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"点我\")")]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1+1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("+8613800001111")]
    public void TextThatCouldStartAFormulaGetsOneApostrophe(string text)
    {
        Assert.Equal("'" + text, SpreadsheetText.Cell(text));
        Assert.Equal(text, SpreadsheetText.Unescape(SpreadsheetText.Escape(text)));
    }

    [Theory]
    [InlineData("张三")]
    [InlineData("")]
    [InlineData("'")]
    [InlineData("'引号开头")]
    [InlineData("1975-03-18")]
    [InlineData("a=b")]
    public void OtherTextIsWrittenAsItIs(string text)
    {
        Assert.Equal(text, SpreadsheetText.Cell(text));
        Assert.Equal(text, SpreadsheetText.Unescape(text));
    }

    [Theory]
    [InlineData("'=1+1")]
    [InlineData("''+1")]
    public void TextAlreadyStartingWithApostrophesBeforeAFormulaComesBackUnchanged(string text)
    {
        Assert.Equal("'" + text, SpreadsheetText.Escape(text));
        Assert.Equal(text, SpreadsheetText.Unescape(SpreadsheetText.Escape(text)));
    }

    [Fact]
    public void NumbersAndDatesAreNotText()
    {
        Assert.Equal(-5, SpreadsheetText.Cell(-5));
        Assert.Equal(-1.5m, SpreadsheetText.Cell(-1.5m));
        Assert.Null(SpreadsheetText.Cell(null));
        var day = new DateTime(2026, 3, 10);
        Assert.Equal(day, SpreadsheetText.Cell(day));
    }
}
