using Township.Congress.Reports.Layout;

namespace Township.Congress.Reports.Tests;

public sealed class ChineseLineBreakerTests
{
    // A CJK character is 1 unit wide, ASCII half a unit: like a real font, without needing one.
    private static readonly ChineseLineBreaker Breaker = new(text => text.Sum(c => c < 128 ? 0.5 : 1.0));

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(10)]
    public void Never_starts_a_line_with_closing_punctuation_nor_ends_one_with_opening(double width)
    {
        const string text = "我们认为，这是对的。他说：“好的！”（附件一）《代表法》规定，代表应当、必须……履职；是吗？是。「完」";

        var lines = Breaker.Break(text, width);

        AssertKinsoku(lines);
        Assert.Equal(text, string.Concat(lines));
    }

    [Fact]
    public void Pulls_the_previous_character_down_instead_of_starting_with_a_stop()
    {
        // Exactly four characters fit, so the naive break would put "。" first on line two.
        var lines = Breaker.Break("一二三四。五六", 4);

        Assert.Equal(["一二三", "四。五六"], lines);
    }

    [Fact]
    public void Moves_an_opening_quote_down_with_the_word_it_opens()
    {
        var lines = Breaker.Break("一二三“四五”六", 4);

        Assert.Equal(["一二三", "“四五”", "六"], lines);
    }

    [Fact]
    public void Keeps_latin_words_and_numbers_whole()
    {
        var lines = Breaker.Break("请拨打13800138000联系PDFsharp团队", 8);

        Assert.Contains(lines, l => l.Contains("13800138000", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("PDFsharp", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(Width(l) <= 8, $"'{l}' is too wide"));
    }

    [Fact]
    public void Breaks_latin_text_at_spaces_and_drops_the_space()
    {
        var lines = Breaker.Break("the quick brown fox", 5);

        Assert.Equal(["the quick", "brown fox"], lines);
    }

    [Fact]
    public void Cuts_a_word_longer_than_the_line()
    {
        var lines = Breaker.Break("ABCDEFGHIJ", 2);

        Assert.Equal(["ABCD", "EFGH", "IJ"], lines);
    }

    [Fact]
    public void First_line_can_be_narrower_for_the_indent()
    {
        var lines = Breaker.Break("一二三四五六七八九十", 4, 6);

        Assert.Equal(["一二三四", "五六七八九十"], lines);
    }

    [Fact]
    public void Keeps_explicit_line_breaks_and_empty_text()
    {
        Assert.Equal(["一二", "三"], Breaker.Break("一二\n三", 10));
        Assert.Equal([string.Empty], Breaker.Break(string.Empty, 10));
    }

    [Fact]
    public void Hangs_a_stop_when_no_legal_break_exists()
    {
        // "“一" fills the line; "”。" cannot start line two, and moving "一" down would leave "“" at the end.
        var lines = Breaker.Break("“一”。", 2);

        AssertKinsoku(lines);
        Assert.Equal(["“一”。"], lines);
    }

    [Fact]
    public void Random_chinese_text_obeys_the_rules_at_every_width()
    {
        var random = new Random(9704);
        const string characters = "代表人民大会乡镇主席团建议办理督办视察调研履职";
        const string marks = "，。、；：？！";
        for (var round = 0; round < 200; round++)
        {
            var text = new System.Text.StringBuilder();
            for (var clause = 0; clause < 8; clause++)
            {
                var word = new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => characters[random.Next(characters.Length)]).ToArray());
                text.Append(random.Next(4) switch
                {
                    0 => $"“{word}”",
                    1 => $"（{word}）",
                    2 => $"《{word}》",
                    _ => word,
                });
                text.Append(marks[random.Next(marks.Length)]);
            }

            var width = random.Next(4, 20);
            var lines = Breaker.Break(text.ToString(), width);

            AssertKinsoku(lines);
            Assert.Equal(text.ToString(), string.Concat(lines));
        }
    }

    private static double Width(string text) => text.Sum(c => c < 128 ? 0.5 : 1.0);

    private static void AssertKinsoku(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            Assert.False(line.Length > 0 && ChinesePunctuation.IsNotAtLineStart(line[0]), $"line {i} starts with '{line[0]}': [{string.Join(" | ", lines)}]");
            Assert.False(i < lines.Count - 1 && line.Length > 0 && ChinesePunctuation.IsNotAtLineEnd(line[^1]), $"line {i} ends with '{line[^1]}': [{string.Join(" | ", lines)}]");
        }
    }
}
