using Township.Congress.Reports.Fonts;

namespace Township.Congress.Reports.Documents.Suggestions;

/// <summary>The assignment packet (交办函 + 答复表) for one unit: two documents in one PDF, one download.</summary>
public static class AssignmentPacketDocument
{
    /// <summary>
    /// The paper fallback for a unit without a login: the assignment letter (with its attachment, pages
    /// numbered), then the reply form on a new page without a number.
    /// </summary>
    /// <param name="formOnNewSheet">
    /// Start the form on an odd page, leaving the back of the letter's last sheet blank if needed, so that
    /// in double-sided printing the form is a sheet of its own the unit can return. Off by default: a
    /// blank page only when duplex printing asks for it.
    /// </param>
    public static byte[] Render(AssignmentLetterModel letter, ReplyFormModel form, FontOptions fontOptions, bool formOnNewSheet = false)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(form);
        var document = AssignmentLetterDocument.Build(letter, fontOptions);
        document.Duplex = formOnNewSheet;
        document.PageBreak(pageNumbers: false, startOnOddPage: formOnNewSheet);
        ReplyFormDocument.Write(document, form);
        return document.Render();
    }
}
