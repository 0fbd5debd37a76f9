using Township.Congress.Formatting;

namespace Township.Congress.Petitions;

public static class PetitionLabels
{
    #region Chinese by design: label tables
    public static readonly EnumLabels<PetitionState> States = new(
        (PetitionState.Received, "待受理"),
        (PetitionState.Accepted, "已受理交办"),
        (PetitionState.NotAccepted, "不予受理"),
        (PetitionState.Finished, "已办结"));
    #endregion

    public static string Of(PetitionState state) => States.Of(state);
}
