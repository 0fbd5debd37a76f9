using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Data;

/// <summary>
/// The input contract read from the EF model: a typed input is checked against the entity it becomes
/// (same property names, or a map), and every save is checked once more (<see cref="CheckSave"/>),
/// so no path — form, API, import — can store text longer than its column, control characters,
/// null in a required column, or an enum value outside its set.
/// </summary>
public static class ModelLimits
{
    /// <summary>The stored length of <paramref name="entity"/>.<paramref name="property"/>; null when unlimited or unknown.</summary>
    public static int? MaxLength(this IModel model, Type entity, string property) =>
        model.FindEntityType(entity)?.FindProperty(property)?.GetMaxLength();

    /// <summary>
    /// Checks the text and enum properties of <paramref name="input"/> against <paramref name="entity"/>'s columns.
    /// <paramref name="columns"/> maps an input property to "Entity.Property" or "Property" where names differ.
    /// </summary>
    public static List<ValidationError> CheckInput(this IModel model, Type entity, object input,
        IReadOnlyDictionary<string, string>? columns = null)
    {
        var errors = new List<ValidationError>();
        foreach (var p in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!p.CanRead || p.GetIndexParameters().Length > 0) continue;
            var value = p.GetValue(input);
            var (target, column) = (entity, p.Name);
            if (columns?.TryGetValue(p.Name, out var mapped) == true)
            {
                var dot = mapped.LastIndexOf('.');
                if (dot > 0) target = model.GetEntityTypes().First(t => t.ClrType.Name == mapped[..dot]).ClrType;
                column = mapped[(dot + 1)..];
            }
            var label = FieldLabels.Of(target.Name, column);
            var problem = value switch
            {
                string s => InputRules.TextProblem(s, model.MaxLength(target, column), label, SingleLine.Contains(column) ? false : null),
                Enum e => InputRules.EnumProblem(e, label),
                _ => null,
            };
            if (problem is not null) errors.Add(new ValidationError(p.Name, problem));
        }
        return errors;
    }

    /// <summary>The backstop under every save: throws <see cref="DomainValidationException"/> before anything is written.</summary>
    internal static void CheckSave(CongressDbContext db)
    {
        List<ValidationError>? errors = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
            {
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                if (Problem(entry, property) is { } problem) (errors ??= []).Add(new ValidationError(property.Metadata.Name, problem));
            }
        }
        if (errors is not null) throw new DomainValidationException(errors.DistinctBy(e => (e.Field, e.Message)).ToList());
    }

    /// <summary><see cref="CheckSave"/> for records inserted without the change tracker (<see cref="BulkInsert"/>).</summary>
    internal static void CheckInserts(IEnumerable<(Model.Entity Entity, IEntityType Type)> records)
    {
        List<ValidationError>? errors = null;
        foreach (var (entity, type) in records)
        {
            foreach (var property in type.GetProperties())
            {
                if (Problem(type, property, property.GetGetter().GetClrValueUsingContainingEntity(entity)) is { } problem)
                    (errors ??= []).Add(new ValidationError(property.Name, problem));
            }
        }
        if (errors is not null) throw new DomainValidationException(errors.DistinctBy(e => (e.Field, e.Message)).ToList());
    }

    private static string? Problem(EntityEntry entry, PropertyEntry property) => Problem(entry.Metadata, property.Metadata, property.CurrentValue);

    private static string? Problem(IEntityType type, IProperty meta, object? value)
    {
        // The label is looked up only for a value found wrong: a bulk insert checks every field of thousands of rows.
        string Label() => FieldLabels.Of(type.ClrType.Name, meta.Name);
        return value switch
        {
            null when !meta.IsNullable && !meta.ClrType.IsValueType => string.Format(ModelText.Input_Required, Label()),
            string s => InputRules.TextProblem(s, meta.GetMaxLength(), "", SingleLine.Contains(meta.Name) ? false : null) is null ? null
                : InputRules.TextProblem(s, meta.GetMaxLength(), Label(), SingleLine.Contains(meta.Name) ? false : null),
            Enum e => InputRules.EnumProblem(e, "") is null ? null : InputRules.EnumProblem(e, Label()),
            _ => null,
        };
    }

    /// <summary>Long enough to count as texts by their length, yet never more than one line.</summary>
    private static readonly HashSet<string> SingleLine = ["FileName", "ContentType", "Title", "Name"];
}
