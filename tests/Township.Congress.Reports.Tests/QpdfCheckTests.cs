using System.Diagnostics;
using Township.Congress.Reports.Documents;
using Township.Congress.Reports.Documents.Activities;
using Township.Congress.Reports.Documents.Presidium;
using Township.Congress.Reports.Documents.Sessions;
using Township.Congress.Reports.Documents.Suggestions;
using Township.Congress.Reports.Documents.VoterReports;

namespace Township.Congress.Reports.Tests;

/// <summary>Every kind of document the app prints is a clean PDF by qpdf's standards: exit 0 and not one warning.</summary>
public sealed class QpdfCheckTests
{
    public static TheoryData<string> Kinds() =>
    [
        "roster", "session-minutes", "presidium-minutes", "activity-report", "sign-in-sheet", "ballots",
        "assignment-letter", "reply-form", "assignment-packet",
        "reception-notice",
        "voter-report-notice", "voter-rating-form", "voter-report-result",
        "appraisal-result", "appraisal-ballot",
        "deputy-record", "deputy-records-batch", "points-table",
        "livelihood-progress",
        "annual-report", "annual-report-final",
    ];

    private static byte[] Render(string kind) => kind switch
    {
        "roster" => DeputyRosterDocument.Render(RosterSampleData.Model(40), TestFonts.Default),
        "session-minutes" => SessionMinutesDocument.Render(MinutesSampleData.Session() with { Projects = MinutesSampleData.ProjectVote() }, TestFonts.Default),
        "presidium-minutes" => PresidiumMinutesDocument.Render(PresidiumSampleData.Meeting(), TestFonts.Default),
        "activity-report" => ActivityReportDocument.Render(ActivitySampleData.Inspection(), TestFonts.Default),
        "sign-in-sheet" => SignInSheetDocument.Render(SignInSheetDocumentTests.Model(48), TestFonts.Default),
        "ballots" => BallotDocument.Render(
            [BallotSampleData.ChairElection(), BallotSampleData.ConfirmationVote(), BallotSampleData.PresidiumElection(), BallotSampleData.ProjectVote()],
            TestFonts.Default),
        "assignment-letter" => AssignmentLetterDocument.Render(SuggestionSampleData.Rehandling(), TestFonts.Default),
        "reply-form" => ReplyFormDocument.Render(SuggestionSampleData.CrowdedForm(), TestFonts.Default),
        "assignment-packet" => AssignmentPacketDocument.Render(SuggestionSampleData.LongText(), SuggestionSampleData.Form(), TestFonts.Default),
        "reception-notice" => Documents.VoterContact.ReceptionNoticeDocument.Render(VoterContactSampleData.Notice(), TestFonts.Default),
        "voter-report-notice" => VoterReportNoticeDocument.Render(VoterReportDocumentTests.Report(), TestFonts.Default),
        "voter-rating-form" => VoterRatingFormDocument.Render(VoterReportDocumentTests.Report(), TestFonts.Default),
        "voter-report-result" => VoterReportResultDocument.Render(VoterReportDocumentTests.Report(), TestFonts.Default),
        "appraisal-result" => Documents.Appraisals.AppraisalResultDocument.Render(AppraisalSampleData.Result(), TestFonts.Default),
        "appraisal-ballot" => Documents.Appraisals.AppraisalBallotDocument.Render(AppraisalSampleData.Ballot(), TestFonts.Default),
        // The kinds added since are rendered as every other check renders them.
        _ => DocumentKinds.Render(kind),
    };

    [Theory, MemberData(nameof(Kinds))]
    public async Task Qpdf_check_passes_without_a_warning(string kind)
    {
        var qpdf = File.Exists("/usr/bin/qpdf") ? "/usr/bin/qpdf"
            : throw new InvalidOperationException("qpdf not found: apt-get install -y --no-install-recommends qpdf (scripts/test.sh does).");
        var file = Path.Combine(Path.GetTempPath(), $"congress-qpdf-{kind}-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, Render(kind));
        try
        {
            var start = new ProcessStartInfo(qpdf) { ArgumentList = { "--check", file }, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            var report = await output + await error;

            Assert.True(process.ExitCode == 0, $"qpdf --check exit {process.ExitCode}:\n{report}");
            Assert.DoesNotContain("WARNING", report, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("No syntax or stream encoding errors found", report);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
