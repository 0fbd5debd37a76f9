namespace Township.Congress.PresidiumMeetings;

/// <summary>
/// A meeting's attendance from its 出席 and 缺席 fields, which the minutes keep as names separated by 、，, ; or new lines:
/// each name is one member.
/// </summary>
public static class PresidiumAttendance
{
    private static readonly char[] Separators = ['、', '，', ',', '；', ';', '\n', '\r'];

    public static int Names(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length;
}
