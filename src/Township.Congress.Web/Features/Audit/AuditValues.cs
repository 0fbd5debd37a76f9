using System.Collections.Concurrent;
using System.Reflection;
using Township.Congress.Model;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Features.Audit;

/// <summary>
/// What an audit row's stored property names and values mean: the field's CLR type (from the
/// model), its name for people, and an enum value's label from the model's *Labels classes
/// (found by the enum type, so a new enum with labels needs no change here).
/// </summary>
public static class AuditValues
{
    private static readonly Assembly Model = typeof(Entity).Assembly;
    private static readonly ConcurrentDictionary<string, Type?> EntityTypes = new();
    private static readonly ConcurrentDictionary<Type, Func<object, string?>?> EnumLabelers = new();

    // Form captions the roster dialog already shows, so the audit says what the form says.
    private static readonly Dictionary<string, string> FormCaptions = new()
    {
        ["Deputy.Name"] = nameof(UiText.Deputy_Name), ["Deputy.Gender"] = nameof(UiText.Deputy_Gender),
        ["Deputy.Ethnicity"] = nameof(UiText.Deputy_Ethnicity), ["Deputy.BirthDate"] = nameof(UiText.Deputy_BirthDate),
        ["Deputy.IdCardNumber"] = nameof(UiText.Deputy_IdCardNumber), ["Deputy.Affiliation"] = nameof(UiText.Deputy_Affiliation),
        ["Deputy.Education"] = nameof(UiText.Deputy_Education), ["Deputy.Occupation"] = nameof(UiText.Deputy_Occupation),
        ["Deputy.Category"] = nameof(UiText.Deputy_Category), ["Deputy.Levels"] = nameof(UiText.Deputy_Level),
        ["Deputy.VillageId"] = nameof(UiText.Deputy_Village), ["Deputy.GroupId"] = nameof(UiText.Deputy_Group),
        ["Deputy.WorkUnit"] = nameof(UiText.Deputy_WorkUnit), ["Deputy.Constituency"] = nameof(UiText.Deputy_Constituency),
        ["Deputy.Phone"] = nameof(UiText.Deputy_Phone), ["Deputy.TookOfficeOn"] = nameof(UiText.Deputy_InOfficeSince),
        ["Deputy.Status"] = nameof(UiText.Deputy_Status),
    };

    /// <summary>Derived or technical fields a reader has no use for: left out of the row.</summary>
    public static bool IsHidden(string field) => field is "NameInitials" or "SearchText" or "SearchTerms" or "Sha256";

    public static string FieldName(string entityType, string field) =>
        (FormCaptions.TryGetValue($"{entityType}.{field}", out var key) ? UiText.ResourceManager.GetString(key, UiText.Culture) : null)
        ?? Auditing.AuditFieldNames.Chinese(entityType, field) ?? field;

    public static string RecordTypeName(string entityType) =>
        entityType == "Login" ? UiText.Audit_EntityLogin : Data.EntityNames.Chinese(entityType);

    /// <summary>The property's type (nullable unwrapped) on the audited record type, when the model has it.</summary>
    public static Type? FieldType(string entityType, string field)
    {
        var type = EntityTypes.GetOrAdd(entityType, name => Model.GetTypes()
            .FirstOrDefault(t => t.Name == name && typeof(Entity).IsAssignableFrom(t)));
        var property = type?.GetProperty(field);
        return property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
    }

    /// <summary>An enum value stored by name ("Answered", "Township, County") as its label ("已答复"); null when unknown.</summary>
    public static string? EnumLabel(Type enumType, string stored)
    {
        if (!Enum.TryParse(enumType, stored, out var value)) return null;
        var label = EnumLabelers.GetOrAdd(enumType, FindLabeler);
        if (label?.Invoke(value!) is { } text) return text;
        if (enumType.IsDefined(typeof(FlagsAttribute)) && label is not null)
        {
            // Flags without a combined label: each set flag's label, joined.
            var parts = Enum.GetValues(enumType).Cast<Enum>()
                .Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && ((Enum)value!).HasFlag(f))
                .Select(f => label(f)).Where(p => p is not null).ToList();
            if (parts.Count > 0) return string.Join("、", parts);
        }
        return null;
    }

    private static Func<object, string?>? FindLabeler(Type enumType)
    {
        var labels = Model.GetTypes().Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Labels", StringComparison.Ordinal)).ToList();
        var methods = labels.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(string) && m.GetParameters() is [{ } p] && p.ParameterType == enumType)
            .OrderBy(m => m.Name == "Of" ? 0 : 1).ToList();
        var of = methods.FirstOrDefault(m => m.Name == "Of");
        var other = methods.FirstOrDefault(m => m.Name != "Of");
        var dictionary = DictionaryLabeler(labels, enumType);
        if (of is not null) return Invoke(of);
        // A flags enum is better served by a method that joins its flags (DeputyLabels.Levels).
        if (dictionary is not null && !(enumType.IsDefined(typeof(FlagsAttribute)) && other is not null)) return dictionary;
        return other is null ? null : Invoke(other);
    }

    private static Func<object, string?> Invoke(MethodInfo method) => v => (string?)method.Invoke(null, [v]);

    // A public static IReadOnlyDictionary<TEnum, string> (a field or a property) on a *Labels class.
    private static Func<object, string?>? DictionaryLabeler(List<Type> labels, Type enumType)
    {
        var wanted = typeof(IReadOnlyDictionary<,>).MakeGenericType(enumType, typeof(string));
        var members = labels.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => wanted.IsAssignableFrom(f.FieldType)).Select(f => f.GetValue(null))
            .Concat(t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => wanted.IsAssignableFrom(p.PropertyType)).Select(p => p.GetValue(null))));
        if (members.FirstOrDefault() is not System.Collections.IDictionary dictionary) return null;
        return v => dictionary.Contains(v) ? dictionary[v] as string : null;
    }
}
