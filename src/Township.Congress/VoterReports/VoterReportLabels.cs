using Township.Congress.Formatting;

namespace Township.Congress.VoterReports;

public static class VoterReportLabels
{
    #region Chinese by design: label tables
    public static readonly EnumLabels<VoterRating> Ratings = new(
        (VoterRating.Competent, "称职"),
        (VoterRating.BasicallyCompetent, "基本称职"),
        (VoterRating.Incompetent, "不称职"));

    public static readonly EnumLabels<RatingMethod> Methods = new(
        (RatingMethod.None, "未测评"),
        (RatingMethod.Votes, "按票数"),
        (RatingMethod.Score, "按评分"));
    #endregion

    public static string Of(VoterRating? rating) => rating is { } r ? Ratings.Of(r) : "";
}
