namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>An election at a session: the office, seats, every candidate's votes and who was elected.</summary>
/// <param name="Office">The office as printed, e.g. "镇人民代表大会主席".</param>
/// <param name="Candidates">In ballot order, including any write-in who received votes.</param>
/// <param name="Competition">"等额选举" or "差额选举"; empty to leave out (with <paramref name="Nominees"/>).</param>
/// <param name="Tally">The 计票情况; null when not recorded.</param>
public sealed record MinutesElection(string Office, int Seats, IReadOnlyList<CandidateVotes> Candidates, IReadOnlyList<string> Elected,
    string Competition = "", int Nominees = 0, MinutesTally? Tally = null);

/// <summary>监票人, 计票人 and the ballots of one election; the counts are null when not recorded.</summary>
public sealed record MinutesTally(string Scrutineers, string Counters, int? Issued, int? Returned, int? Valid, int? Invalid);
