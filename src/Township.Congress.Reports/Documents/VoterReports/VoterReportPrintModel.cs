using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Documents.VoterReports;

/// <summary>
/// What the 述职 kit prints about one report to voters: made by the web layer from the record, with every
/// date that of the act (the report, the rating), never the day of printing.
/// </summary>
/// <param name="Issuer">The presidium that organises the report, e.g. "城关镇人民代表大会主席团".</param>
/// <param name="Rating">The counted rating; null before the rating (the notice and the blank form need none).</param>
public sealed record VoterReportPrintModel(string TownshipName, string Issuer, string DeputyName, string District, string Place,
    string DateText, int Audience, VoterRatingPrint? Rating);

/// <summary>The counted rating as printed: votes and their shares, or a score; the result label and the rule applied.</summary>
/// <param name="RuleText">The rule in words with the county's thresholds, e.g. "称职票达到80%的为称职…".</param>
public sealed record VoterRatingPrint(bool ByScore, int Competent, int BasicallyCompetent, int Incompetent, decimal CompetentPercent,
    decimal BasicallyCompetentPercent, decimal IncompetentPercent, decimal? Score, string Result, string RuleText, DocumentSignature Signature);
