namespace Township.Congress.PresidiumMeetings;

/// <summary>
/// A meeting's attendance from its 出席 and 缺席 fields, which the minutes keep as names separated by 、，, ; or new lines:
/// each name is one member.
/// </summary>
public static class PresidiumAttendance
{
    // 、 ， ； as escapes: the model keeps Chinese text in its resources, not its code.
    private static readonly char[] Separators = ['\u3001', '\uFF0C', ',', '\uFF1B', ';', '\n', '\r'];

    public static int Names(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length;
}
