using MudBlazor;
using Township.Congress.Model;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Components.Shared;

/// <summary>Why the model refused a change.</summary>
public enum RefusalKind
{
    /// <summary>The input broke a rule (<see cref="DomainValidationException"/>).</summary>
    Invalid,
    /// <summary>Someone else saved first (<see cref="ConcurrencyConflictException"/>): reload and decide.</summary>
    Conflict,
    /// <summary>The step is not allowed in the record's state (<see cref="TransitionNotAllowedException"/>).</summary>
    NotAllowed,
    /// <summary>The record is outside what the user may change (<see cref="TownshipAccessDeniedException"/>).</summary>
    AccessDenied,
}

/// <summary>A refused change with the model's own messages; <see cref="Errors"/> is empty unless <see cref="Kind"/> is Invalid.</summary>
public sealed record ChangeRefusal(RefusalKind Kind, string Message, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>The messages by field, joined when a field has several: for errors shown beside their inputs.</summary>
    public Dictionary<string, string> ByField() =>
        Errors.GroupBy(x => x.Field).ToDictionary(g => g.Key, g => string.Join(UiText.Common_Semicolon, g.Select(x => x.Message)));

    /// <summary>The messages a form has no place for (all of them for conflicts and refusals); null when there are none.</summary>
    public string? Unplaced(IReadOnlyCollection<string> placedFields)
    {
        if (Kind != RefusalKind.Invalid) return Message;
        var rest = Errors.Where(e => !placedFields.Contains(e.Field)).Select(e => e.Message).ToList();
        return rest.Count > 0 ? string.Join(UiText.Common_Semicolon, rest) : null;
    }
}

/// <summary>
/// The one place components run a change through the model: the model's refusals (validation,
/// conflict, not allowed now, not the user's township) become a <see cref="ChangeRefusal"/> the
/// component shows; anything else is a bug and propagates.
/// </summary>
public static class ChangeRunner
{
    /// <summary>Runs <paramref name="change"/>; true when it went through, else <paramref name="refused"/> is told why.</summary>
    /// <param name="busy">Told true before and false after, whatever happens (to disable the save button).</param>
    public static async Task<bool> RunAsync(Func<Task> change, Action<ChangeRefusal> refused, Action<bool>? busy = null)
    {
        busy?.Invoke(true);
        try
        {
            await change();
            return true;
        }
        catch (Exception e) when (RefusalOf(e) is { } refusal)
        {
            refused(refusal);
            return false;
        }
        finally
        {
            busy?.Invoke(false);
        }
    }

    /// <summary>
    /// Runs <paramref name="change"/> and shows a refusal in a snackbar; a conflict offers to reload
    /// when <paramref name="reload"/> is given. True when the change went through.
    /// </summary>
    public static Task<bool> RunChangeAsync(this ISnackbar snackbar, Func<Task> change, Func<Task>? reload = null, Action<bool>? busy = null) =>
        RunAsync(change, refusal => snackbar.Show(refusal, reload), busy);

    public static void Show(this ISnackbar snackbar, ChangeRefusal refusal, Func<Task>? reload = null)
    {
        if (refusal.Kind == RefusalKind.Conflict && reload is not null)
            snackbar.Add(refusal.Message, Severity.Warning, o =>
            {
                o.Action = UiText.Common_Reload;
                o.OnClick = _ => reload();
            });
        else
            snackbar.Add(refusal.Message, Severity.Error);
    }

    /// <summary>The refusal an exception stands for; null when it is not one of the model's refusals.</summary>
    public static ChangeRefusal? RefusalOf(Exception e) => e switch
    {
        DomainValidationException v => new(RefusalKind.Invalid, v.Message, v.Errors),
        ConcurrencyConflictException c => new(RefusalKind.Conflict, c.Message, []),
        TransitionNotAllowedException t => new(RefusalKind.NotAllowed, t.Message, []),
        TownshipAccessDeniedException => new(RefusalKind.AccessDenied, UiText.Problem_ReadOnlyDetail, []),
        _ => null,
    };
}
