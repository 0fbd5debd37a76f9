using System.Diagnostics;
using System.Globalization;
using Township.Congress.Reports.Documents;
using Township.Congress.Reports.Documents.Activities;
using Township.Congress.Reports.Documents.Presidium;
using Township.Congress.Reports.Documents.Sessions;
using Township.Congress.Reports.Documents.Suggestions;

using Township.Congress.Reports.Documents.VoterReports;

namespace Township.Congress.Reports.Tests;

/// <summary>Renders every document once for visual checks (see <see cref="SampleOutput"/>) and notes warm render times beside them.</summary>
public sealed class SampleRenderingTests
{
    [Fact]
    public void Render_samples()
    {
        var timings = new List<string>();
        void Sample(string name, Func<byte[]> render)
        {
            var pdf = render();
            // Median of five warm renders: a rough figure, not a benchmark, and never asserted.
            var times = Enumerable.Range(0, 11).Select(_ =>
            {
                var watch = Stopwatch.StartNew();
                render();
                return watch.Elapsed.TotalMilliseconds;
            }).Order().ToList();
            timings.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {times[5]:F1} ms warm (median of 11, min {times[0]:F1}), {pdf.Length} bytes"));
            SampleOutput.Write(name, pdf);
            Assert.NotEmpty(pdf);
        }

        // The existing roster as a yardstick for the machine's speed at the time of the run.
        Sample("roster-160.pdf", () => DeputyRosterDocument.Render(RosterSampleData.Model(160), TestFonts.Default));
        Sample("session-minutes-48.pdf", () => SessionMinutesDocument.Render(MinutesSampleData.Session() with { Projects = MinutesSampleData.ProjectVote() }, TestFonts.Default));
        Sample("session-minutes-160.pdf", () => SessionMinutesDocument.Render(MinutesSampleData.Session(160, 10, 2), TestFonts.Default));

        Sample("presidium-minutes.pdf", () => PresidiumMinutesDocument.Render(PresidiumSampleData.Meeting(), TestFonts.Default));
        Sample("activity-report.pdf", () => ActivityReportDocument.Render(ActivitySampleData.Inspection(), TestFonts.Default));
        Sample("sign-in-160.pdf", () => SignInSheetDocument.Render(SignInSheetDocumentTests.Model(160), TestFonts.Default));
        Sample("ballots.pdf", () => BallotDocument.Render(
            [BallotSampleData.ChairElection(), BallotSampleData.ConfirmationVote(), BallotSampleData.PresidiumElection(), BallotSampleData.ProjectVote()],
            TestFonts.Default));

        Sample("assignment-letter.pdf", () => AssignmentLetterDocument.Render(SuggestionSampleData.Letter(), TestFonts.Default));
        Sample("assignment-letter-co-unit.pdf", () => AssignmentLetterDocument.Render(SuggestionSampleData.CoUnitLetter(), TestFonts.Default));
        Sample("assignment-letter-rehandling.pdf", () => AssignmentLetterDocument.Render(SuggestionSampleData.Rehandling(), TestFonts.Default));
        Sample("reply-form.pdf", () => ReplyFormDocument.Render(SuggestionSampleData.Form(), TestFonts.Default));
        Sample("reply-form-crowded.pdf", () => ReplyFormDocument.Render(SuggestionSampleData.CrowdedForm(), TestFonts.Default));
        Sample("assignment-packet.pdf", () => AssignmentPacketDocument.Render(SuggestionSampleData.LongText(), SuggestionSampleData.Form(), TestFonts.Default));
        Sample("appraisal-result.pdf", () => Documents.Appraisals.AppraisalResultDocument.Render(AppraisalSampleData.Result(), TestFonts.Default));
        Sample("appraisal-ballot.pdf", () => Documents.Appraisals.AppraisalBallotDocument.Render(AppraisalSampleData.Ballot(), TestFonts.Default));
        Sample("livelihood-progress.pdf", () => Documents.LivelihoodProjects.LivelihoodProgressDocument.Render(LivelihoodSampleData.Progress(), TestFonts.Default));

        Sample("reception-notice.pdf", () => Documents.VoterContact.ReceptionNoticeDocument.Render(VoterContactSampleData.Notice(), TestFonts.Default));
        Sample("voter-report-notice.pdf", () => VoterReportNoticeDocument.Render(VoterReportDocumentTests.Report(), TestFonts.Default));
        Sample("voter-rating-form.pdf", () => VoterRatingFormDocument.Render(VoterReportDocumentTests.Report(), TestFonts.Default));
        Sample("voter-report-result.pdf", () => VoterReportResultDocument.Render(VoterReportDocumentTests.Report(), TestFonts.Default));

        Sample("deputy-record.pdf", () => Documents.DeputyRecords.DeputyRecordDocument.Render(DeputyRecordSampleData.Record("欧阳春梅", 5, activities: 30), TestFonts.Default));
        Sample("deputy-records-160.pdf", () => Documents.DeputyRecords.DeputyRecordDocument.RenderBatch(DeputyRecordSampleData.Batch(RosterSampleData.Names(160)), TestFonts.Default));
        Sample("points-table-160.pdf", () => Documents.DeputyRecords.PointsTableDocument.Render(DeputyRecordSampleData.PointsTable(RosterSampleData.Names(160)), TestFonts.Default));

        Sample("annual-report.pdf", () => Documents.AnnualReports.AnnualReportDocument.Render(AnnualReportSampleData.Report(), TestFonts.Default));
        SampleOutput.Write("annual-report.docx", Documents.AnnualReports.AnnualReportDocx.Write(AnnualReportSampleData.Report()));
        Sample("county-rollup.pdf", () => Documents.Figures.CountyRollupDocument.Render(RollupSampleData.Rollup(), TestFonts.Default));

        SampleOutput.Write("timings.txt", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', timings) + "\n"));
    }
}
