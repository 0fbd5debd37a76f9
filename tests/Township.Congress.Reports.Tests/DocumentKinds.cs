using Township.Congress.Reports.Documents;
using Township.Congress.Reports.Documents.Activities;
using Township.Congress.Reports.Documents.Presidium;
using Township.Congress.Reports.Documents.Sessions;
using Township.Congress.Reports.Documents.Suggestions;
using Township.Congress.Reports.Documents.VoterReports;

namespace Township.Congress.Reports.Tests;

/// <summary>Every kind of document the app prints, from the sample fixtures, for the checks that hold for all of them.</summary>
internal static class DocumentKinds
{
    public static readonly IReadOnlyList<string> All =
    [
        "roster", "session-minutes", "session-minutes-160", "presidium-minutes", "activity-report", "sign-in-sheet", "ballots",
        "assignment-letter", "assignment-letter-co-unit", "assignment-letter-rehandling", "reply-form", "reply-form-crowded",
        "assignment-packet", "assignment-packet-long",
        "reception-notice",
        "voter-report-notice", "voter-rating-form", "voter-report-result",
        "appraisal-result", "appraisal-ballot",
        "deputy-record", "deputy-records-batch", "points-table",
        "livelihood-progress",
        "annual-report", "annual-report-final",
        "county-rollup",
    ];

    public static TheoryData<string> Names() => [.. All];

    public static byte[] Render(string kind) => kind switch
    {
        "roster" => DeputyRosterDocument.Render(RosterSampleData.Model(40), TestFonts.Default),
        "session-minutes" => SessionMinutesDocument.Render(MinutesSampleData.Session() with { Projects = MinutesSampleData.ProjectVote() }, TestFonts.Default),
        "session-minutes-160" => SessionMinutesDocument.Render(MinutesSampleData.Session(160, 10, 2), TestFonts.Default),
        "presidium-minutes" => PresidiumMinutesDocument.Render(PresidiumSampleData.Meeting(), TestFonts.Default),
        "activity-report" => ActivityReportDocument.Render(ActivitySampleData.Inspection(), TestFonts.Default),
        "sign-in-sheet" => SignInSheetDocument.Render(SignInSheetDocumentTests.Model(48), TestFonts.Default),
        "ballots" => BallotDocument.Render(
            [BallotSampleData.ChairElection(), BallotSampleData.ConfirmationVote(), BallotSampleData.PresidiumElection(), BallotSampleData.ProjectVote()],
            TestFonts.Default),
        "assignment-letter" => AssignmentLetterDocument.Render(SuggestionSampleData.Letter(), TestFonts.Default),
        "assignment-letter-co-unit" => AssignmentLetterDocument.Render(SuggestionSampleData.CoUnitLetter(), TestFonts.Default),
        "assignment-letter-rehandling" => AssignmentLetterDocument.Render(SuggestionSampleData.Rehandling(), TestFonts.Default),
        "reply-form" => ReplyFormDocument.Render(SuggestionSampleData.Form(), TestFonts.Default),
        "reply-form-crowded" => ReplyFormDocument.Render(SuggestionSampleData.CrowdedForm(), TestFonts.Default),
        "assignment-packet" => AssignmentPacketDocument.Render(SuggestionSampleData.Letter(), SuggestionSampleData.Form(), TestFonts.Default),
        "assignment-packet-long" => AssignmentPacketDocument.Render(SuggestionSampleData.LongText(), SuggestionSampleData.Form(), TestFonts.Default),
        "reception-notice" => Documents.VoterContact.ReceptionNoticeDocument.Render(VoterContactSampleData.Notice(), TestFonts.Default),
        "voter-report-notice" => VoterReportNoticeDocument.Render(VoterReportDocumentTests.Report(), TestFonts.Default),
        "voter-rating-form" => VoterRatingFormDocument.Render(VoterReportDocumentTests.Report(), TestFonts.Default),
        "voter-report-result" => VoterReportResultDocument.Render(VoterReportDocumentTests.Report(), TestFonts.Default),
        "appraisal-result" => Documents.Appraisals.AppraisalResultDocument.Render(AppraisalSampleData.Result(), TestFonts.Default),
        "appraisal-ballot" => Documents.Appraisals.AppraisalBallotDocument.Render(AppraisalSampleData.Ballot(), TestFonts.Default),
        "deputy-record" => Documents.DeputyRecords.DeputyRecordDocument.Render(DeputyRecordSampleData.Record("欧阳春梅", 5, activities: 30), TestFonts.Default),
        "deputy-records-batch" => Documents.DeputyRecords.DeputyRecordDocument.RenderBatch(DeputyRecordSampleData.Batch(RosterSampleData.Names(12)), TestFonts.Default),
        "points-table" => Documents.DeputyRecords.PointsTableDocument.Render(DeputyRecordSampleData.PointsTable(RosterSampleData.Names(160)), TestFonts.Default),
        "livelihood-progress" => Documents.LivelihoodProjects.LivelihoodProgressDocument.Render(LivelihoodSampleData.Progress(), TestFonts.Default),
        "annual-report" => Documents.AnnualReports.AnnualReportDocument.Render(AnnualReportSampleData.Report(), TestFonts.Default),
        "annual-report-final" => Documents.AnnualReports.AnnualReportDocument.Render(AnnualReportSampleData.Report(isFinal: true), TestFonts.Default),
        "county-rollup" => Documents.Figures.CountyRollupDocument.Render(RollupSampleData.Rollup(), TestFonts.Default),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
