using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Documents.Appraisals;

/// <summary>One row of the published ranking: rank ("" for an uncounted subject), counts, shares and grade as printed.</summary>
public sealed record AppraisalResultRow(string Rank, string Subject, int Satisfied, int BasicallySatisfied, int Unsatisfied,
    string SatisfiedPercent, string AcceptablePercent, string Grade);

/// <summary>A rectification order as the 通报 lists it.</summary>
public sealed record AppraisalOrderRow(string Unit, string Matter, string Deadline);

/// <summary>评议结果通报: the facts of the appraisal, the ranking table, the rule, the orders, issuer and the publication date.</summary>
public sealed record AppraisalResultModel(string Title, IReadOnlyList<string> Introduction, IReadOnlyList<AppraisalResultRow> Rows,
    string RuleText, IReadOnlyList<AppraisalOrderRow> Orders, DocumentSignature Signature);

/// <summary>满意度测评表: one row per subject with the three grade boxes, and the counting rule stated.</summary>
public sealed record AppraisalBallotModel(string Issuer, string Title, IReadOnlyList<string> Subjects, IReadOnlyList<string> Instructions);
