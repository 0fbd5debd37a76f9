using Township.Congress.Resources;

namespace Township.Congress.Model;

/// <summary>One invalid field, with a message for the user in Chinese.</summary>
public sealed record ValidationError(string Field, string Message);

/// <summary>Input broke a rule; nothing was saved. The API turns it into a 400 problem details.</summary>
public sealed class DomainValidationException(IReadOnlyList<ValidationError> errors)
    : Exception(string.Join(ModelText.Validation_Separator, errors.Select(e => e.Message)))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;

    public static void ThrowIfAny(List<ValidationError> errors)
    {
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }
}
