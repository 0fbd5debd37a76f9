namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>The vote on livelihood projects (民生实事项目票决) at a session.</summary>
/// <param name="Seats">How many projects were to be chosen (应选项目数); null when every project with a majority is chosen.</param>
/// <param name="Basis">The rule, e.g. "赞成票超过全体代表71人的半数（36票）的项目入选"; printed under the table.</param>
/// <param name="Projects">In ballot order.</param>
public sealed record MinutesProjectVote(int? Seats, string Basis, IReadOnlyList<MinutesProject> Projects);

/// <summary>One candidate project and its counts.</summary>
public sealed record MinutesProject(string Name, int For, int Against, int Abstain, bool Chosen);
