namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>A vote on a resolution, report or decision.</summary>
/// <param name="Basis">Why it passed or failed, e.g. "以全体代表的过半数通过"; empty to print the result alone.</param>
public sealed record MinutesVote(string Title, int For, int Against, int Abstain, int NotVoting, bool Adopted, string Basis);
