namespace Township.Congress.Files;

/// <summary>
/// Text cells that a spreadsheet program could take for a formula (OWASP "CSV injection"): a value
/// starting with = + - @, a tab or a carriage return is exported with a leading apostrophe, so
/// Excel, WPS and LibreOffice show it as the text it is (the user sees the apostrophe too:
/// <c>'=HYPERLINK(...)</c>, <c>'+8613800000000</c>) and it never runs, not even after a save as CSV.
/// Every export writes its cells through <see cref="Cell"/>; every import reads text through
/// <see cref="Unescape"/>, which takes off exactly the apostrophe an export added, so a file exported
/// and imported again gives back the user's text unchanged. Numbers and dates are not text and stay
/// as they are (a negative number is a number, not a formula).
/// </summary>
public static class SpreadsheetText
{
    public const char Prefix = '\'';

    /// <summary>A cell value as an export writes it: text that could start a formula gets the prefix.</summary>
    public static object? Cell(object? value) => value is string text ? Escape(text) : value;

    public static string Escape(string text) => NeedsPrefix(text) ? Prefix + text : text;

    /// <summary>
    /// The user's text back from an exported cell. A value that was already apostrophes followed by
    /// a formula character got one more apostrophe on export, so the mapping is exact both ways.
    /// </summary>
    public static string Unescape(string text) =>
        text.Length > 1 && text[0] == Prefix && NeedsPrefix(text[1..]) ? text[1..] : text;

    /// <summary>Starts with a formula character, possibly after apostrophes (those need one more to round-trip).</summary>
    private static bool NeedsPrefix(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] == Prefix) start++;
        // Empty, or apostrophes only: nothing to protect.
        if (start == text.Length) return false;
        return text[start] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
