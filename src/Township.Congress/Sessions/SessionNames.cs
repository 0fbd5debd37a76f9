using Township.Congress.Common;

namespace Township.Congress.Sessions;

public static class SessionNames
{
    /// <summary>第十三届人民代表大会第三次会议 (prefixed by the township when given).</summary>
    public static string Of(int termOrdinal, int sessionOrdinal, string? township = null) =>
        $"{township}{ChineseNumerals.TermOrdinal(termOrdinal)}人民代表大会{ChineseNumerals.SessionOrdinal(sessionOrdinal)}会议";
}
