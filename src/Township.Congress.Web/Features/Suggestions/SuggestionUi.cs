using MudBlazor;
using Township.Congress.Model;
using Township.Congress.Suggestions;

namespace Township.Congress.Web.Features.Suggestions;

/// <summary>Colours, icons and small conversions shared by the suggestion pages and dialogs.</summary>
public static class SuggestionUi
{
    public static Color StateColor(SuggestionState state) => state switch
    {
        SuggestionState.Submitted => Color.Default,
        SuggestionState.Registered => Color.Default,
        SuggestionState.Assigned => Color.Primary,
        SuggestionState.Handling => Color.Warning,
        SuggestionState.Answered => Color.Info,
        SuggestionState.Evaluated => Color.Tertiary,
        SuggestionState.Closed => Color.Success,
        SuggestionState.NotAccepted => Color.Dark,
        _ => Color.Default,
    };

    public static Color SatisfactionColor(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => Color.Success,
        Satisfaction.BasicallySatisfied => Color.Info,
        _ => Color.Error,
    };

    public static string Icon(SuggestionAction action) => action switch
    {
        SuggestionAction.Submit => Icons.Material.Filled.Create,
        SuggestionAction.Accept => Icons.Material.Filled.HowToReg,
        SuggestionAction.ConvertToSuggestion => Icons.Material.Filled.SwapHoriz,
        SuggestionAction.Reject => Icons.Material.Filled.Block,
        SuggestionAction.Assign => Icons.Material.Filled.Send,
        SuggestionAction.Start => Icons.Material.Filled.PlayArrow,
        SuggestionAction.Return => Icons.Material.Filled.Undo,
        SuggestionAction.Answer => Icons.Material.Filled.QuestionAnswer,
        SuggestionAction.CoUnitOpinion => Icons.Material.Filled.Comment,
        SuggestionAction.Feedback => Icons.Material.Filled.ThumbsUpDown,
        SuggestionAction.Supervise => Icons.Material.Filled.Flag,
        SuggestionAction.SupervisionNote => Icons.Material.Filled.NoteAdd,
        SuggestionAction.Close => Icons.Material.Filled.TaskAlt,
        SuggestionAction.UpdateImplementation => Icons.Material.Filled.Update,
        SuggestionAction.Merge => Icons.Material.Filled.MergeType,
        SuggestionAction.Edit => Icons.Material.Filled.Edit,
        _ => Icons.Material.Filled.Circle,
    };

    public static Color ActionColor(SuggestionAction action) => action switch
    {
        SuggestionAction.Reject or SuggestionAction.Return => Color.Error,
        SuggestionAction.Answer or SuggestionAction.Close => Color.Success,
        SuggestionAction.Assign => Color.Primary,
        SuggestionAction.Feedback => Color.Info,
        SuggestionAction.Supervise or SuggestionAction.SupervisionNote => Color.Warning,
        _ => Color.Default,
    };

    /// <summary>Steps that cannot be undone and end or send back the item: they ask for confirmation.</summary>
    public static bool NeedsConfirmation(SuggestionAction action) => action is SuggestionAction.Reject or SuggestionAction.Return;

    public static DateTime? ToDate(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? FromDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    /// <summary>Validation errors by field, several messages of one field joined.</summary>
    public static Dictionary<string, string> ByField(DomainValidationException e, string joiner) =>
        e.Errors.GroupBy(x => x.Field).ToDictionary(g => g.Key, g => string.Join(joiner, g.Select(x => x.Message)));
}
