namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>An election at a session: the office, seats, every candidate's votes and who was elected.</summary>
/// <param name="Office">The office as printed, e.g. "镇人民代表大会主席".</param>
/// <param name="Candidates">In ballot order, including any write-in who received votes.</param>
public sealed record MinutesElection(string Office, int Seats, IReadOnlyList<CandidateVotes> Candidates, IReadOnlyList<string> Elected);
