using System.Text.RegularExpressions;
using Township.Congress.Formatting;
using Township.Congress.Model;

namespace Township.Congress.Security;

/// <summary>The kinds of personal data that only some users may read in full.</summary>
public enum PersonalField
{
    Phone,
    IdCardNumber,
}

/// <summary>
/// Which stored fields hold personal data, and how each kind is masked. The rule of who sees
/// what is <see cref="TownshipScope.Disclose"/>; this is only the "what" and the "how".
/// </summary>
public static partial class PersonalData
{
    private static readonly Dictionary<(string Entity, string Property), PersonalField> Fields = new()
    {
        [("Deputy", "Phone")] = PersonalField.Phone,
        [("Deputy", "IdCardNumber")] = PersonalField.IdCardNumber,
        [("HandlingUnit", "ContactPhone")] = PersonalField.Phone,
        [("ReceptionVisit", "ContactPhone")] = PersonalField.Phone,
        [("Petition", "VisitorPhone")] = PersonalField.Phone,
    };

    /// <summary>The kind of personal data a stored property holds, or null for ordinary fields.</summary>
    public static PersonalField? KindOf(string entityType, string property) =>
        Fields.TryGetValue((entityType, property), out var kind) ? kind : null;

    public static string Mask(PersonalField field, string? value) => field switch
    {
        PersonalField.Phone => PhoneMask.Mask(value),
        _ => MaskIdNumber(value),
    };

    /// <summary>110***********1234: the region, birth date and sequence are hidden.</summary>
    public static string MaskIdNumber(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return "";
        var p = id.Trim();
        if (p.Length < 8) return new string('*', p.Length);
        return string.Concat(p.AsSpan(0, 3), new string('*', p.Length - 7), p.AsSpan(p.Length - 4));
    }

    /// <summary>
    /// Masks anything in free text that looks like an ID-card number or a mobile number, for
    /// texts (such as audit rows) that may quote personal data outside its own field.
    /// </summary>
    public static string MaskInText(string text) =>
        string.IsNullOrEmpty(text) ? text
            : MobileInText().Replace(IdInText().Replace(text, m => MaskIdNumber(m.Value)), m => PhoneMask.Mask(m.Value));

    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx](?![\dXx])")]
    private static partial Regex IdInText();

    [GeneratedRegex(@"(?<!\d)1\d{10}(?!\d)")]
    private static partial Regex MobileInText();
}
