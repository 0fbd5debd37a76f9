using MudBlazor;
using Township.Congress.Suggestions;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Features.Suggestions;

/// <summary>县人大督办 of one listed item, wherever the county meets it (its list, its dashboard): the confirmation dialog with the note.</summary>
public static class CountySupervision
{
    /// <summary>True when the county confirmed and the step was recorded (the caller reads the row again: its version moved on).</summary>
    public static async Task<bool> SuperviseAsync(IDialogService dialogs, SuggestionListItem item)
    {
        var parameters = new DialogParameters<CountySuperviseDialog> { { d => d.Item, item } };
        var dialog = await dialogs.ShowAsync<CountySuperviseDialog>(UiText.CountySupervise_Title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        return await dialog.Result is { Canceled: false };
    }
}
