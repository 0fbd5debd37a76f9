namespace Township.Congress.Reports.Documents.Sessions;

public sealed record CandidateVotes(string Name, int Votes);
