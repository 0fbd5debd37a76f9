using Township.Congress.Resources;

namespace Township.Congress.Appraisals;

/// <summary>When the appraisal's prints exist: the page disables a button with the same reason the API answers 409 with.</summary>
public static class AppraisalPrintRules
{
    /// <summary>The 评议结果通报 is dated the day of publication: there is none before.</summary>
    public static string? ResultRefusal(AppraisalState state) => state == AppraisalState.Published ? null : ModelText.Appraisal_ResultNotPublished;

    /// <summary>A ballot needs the subjects to mark.</summary>
    public static string? BallotRefusal(int subjects) => subjects > 0 ? null : ModelText.Appraisal_BallotNeedsSubjects;
}
