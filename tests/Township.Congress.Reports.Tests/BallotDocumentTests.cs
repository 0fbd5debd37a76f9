using Township.Congress.Reports.Documents.Sessions;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

public sealed class BallotDocumentTests
{
    [Fact]
    public void An_election_ballot_has_session_title_seats_names_and_instructions()
    {
        var text = PdfText.BodyCompact(BallotDocument.Render(BallotSampleData.ChairElection(), TestFonts.Default));

        Assert.StartsWith("城关镇第十三届人民代表大会第三次会议城关镇人民代表大会主席选举票（应选1名）", text, StringComparison.Ordinal);
        Assert.Contains("候选人姓名王建国另选人表决意见", text, StringComparison.Ordinal);
        Assert.Contains("说明：1．在候选人姓名下方的空格内", text, StringComparison.Ordinal);
        Assert.Contains("3．所选人数等于或少于应选人数的为有效票", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ballots_carry_no_page_numbers()
    {
        var pages = PdfText.Pages(BallotDocument.Render(BallotSampleData.ChairElection(), TestFonts.Default));

        Assert.Single(pages);
        Assert.DoesNotContain("—", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Many_names_continue_in_even_rows_in_ballot_order()
    {
        var text = PdfText.BodyCompact(BallotDocument.Render(BallotSampleData.PresidiumElection(), TestFonts.Default));

        Assert.Contains("候选人姓名王建国李秀英张志强刘海燕表决意见", text, StringComparison.Ordinal);
        Assert.Contains("候选人姓名陈德华欧阳春梅阿依古丽·买买提司马晓东表决意见", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confirmation_vote_has_a_box_per_choice()
    {
        var text = PdfText.BodyCompact(BallotDocument.Render(BallotSampleData.ConfirmationVote(), TestFonts.Default));

        Assert.Contains("序号候选人姓名同意不同意弃权1李秀英说明", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_vote_lists_every_project_on_one_page()
    {
        var model = BallotSampleData.ProjectVote();
        var pages = PdfText.PagesCompact(BallotDocument.Render(model, TestFonts.Default));

        Assert.Single(pages);
        Assert.Contains("（应选10项）序号候选项目赞成反对弃权", pages[0], StringComparison.Ordinal);
        Assert.All(model.Candidates, p => Assert.Contains(p, pages[0], StringComparison.Ordinal));
        Assert.Contains("14全镇主干道交通安全设施完善", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Several_ballots_print_one_per_page()
    {
        var ballots = new[] { BallotSampleData.ChairElection(), BallotSampleData.ConfirmationVote(), BallotSampleData.PresidiumElection(), BallotSampleData.ProjectVote() };
        var pdf = BallotDocument.Render(ballots, TestFonts.Default);
        var pages = PdfText.PagesCompact(pdf);

        Assert.Equal(4, pages.Count);
        for (var i = 0; i < ballots.Length; i++)
        {
            Assert.Contains(ballots[i].Title, pages[i], StringComparison.Ordinal);
        }

        SessionMinutesDocumentTests.AssertInsidePortraitTypeArea(pdf);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal("城关镇人民代表大会主席选举票", document.Information.Title);
    }
}
