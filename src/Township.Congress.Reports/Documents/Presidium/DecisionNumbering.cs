namespace Township.Congress.Reports.Documents.Presidium;

/// <summary>How the decisions (议定事项) of a meeting are numbered.</summary>
public enum DecisionNumbering
{
    /// <summary>"一是……", "二是……": the usual wording of a 纪要.</summary>
    FirstSecond,

    /// <summary>"1．……", "2．……".</summary>
    Arabic,
}
