using Microsoft.AspNetCore.Components;
using MudBlazor;
using Township.Congress.Formatting;
using Township.Congress.Suggestions;
using Township.Congress.Web.Components.Shared;
using Township.Congress.Web.Infrastructure;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Features.Suggestions;

/// <summary>
/// What every step dialog shares: the item and the step, the date it happened, and sending the
/// step to <see cref="SuggestionService.TransitionAsync"/> with the version the user saw. Refusals
/// (validation, not allowed now, changed by someone else) stay in the dialog with their message.
/// </summary>
public abstract class StepDialogBase : ComponentBase, IAsyncDisposable
{
    [CascadingParameter] protected IMudDialogInstance MudDialog { get; set; } = default!;
    [Parameter, EditorRequired] public SuggestionDetails Details { get; set; } = default!;
    [Parameter, EditorRequired] public SuggestionAction Action { get; set; }

    [Inject] protected CongressDbFactory DbFactory { get; set; } = default!;
    [Inject] protected ModelServices Model { get; set; } = default!;
    [Inject] protected WorkCalendar Calendar { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [Inject] protected IDialogService Dialogs { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected Microsoft.JSInterop.IJSRuntime JS { get; set; } = default!;

    /// <summary>Where the browser keeps a draft of this step's long text (drafts.js) until the step is saved.</summary>
    protected string DraftKey => Drafts.Step(Item.Id, Action);

    protected DateTime? OnDate { get; set; }
    protected string Comment { get; set; } = "";
    protected Dictionary<string, string> Errors { get; private set; } = [];
    protected string? Alert { get; set; }
    protected bool Saving { get; private set; }

    protected DateOnly Today => ChineseDate.TodayInChina(Clock);
    protected Suggestion Item => Details.Item;

    /// <summary>Fields the dialog shows an error beside; the others go to the alert.</summary>
    protected virtual IReadOnlyCollection<string> PlacedFields => [nameof(TransitionInput.OnDate), nameof(TransitionInput.Comment)];

    protected override void OnInitialized() => OnDate = Today.ToDateTime(TimeOnly.MinValue);

    private DraftRestorer? _draft;

    /// <summary>
    /// A dialog that marks its comment field with <see cref="DraftKey"/> gets a kept draft back as <see cref="Comment"/>
    /// (the browser hands it over once the field is shown); for the others no field shows up and nothing comes back.
    /// </summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender) _draft = await Drafts.WatchAsync(JS, DraftKey, draft => InvokeAsync(() =>
        {
            Comment = draft;
            StateHasChanged();
        }));
    }

    public async ValueTask DisposeAsync()
    {
        if (_draft is not null) await _draft.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected bool Has(string field) => Errors.ContainsKey(field);
    protected string Msg(string field) => Errors.GetValueOrDefault(field, "");

    /// <summary>The step's own fields; the action, date and comment are added by <see cref="SubmitAsync"/>.</summary>
    protected abstract TransitionInput Build();

    protected async Task SubmitAsync()
    {
        var input = Build();
        input.Action = Action;
        input.OnDate = SuggestionUi.FromDate(OnDate);
        input.Comment = Comment ?? "";
        if (SuggestionUi.NeedsConfirmation(Action))
        {
            var sure = await Dialogs.ShowMessageBoxAsync(SuggestionLabels.Of(Action),
                string.Format(UiText.Step_ConfirmMessage, SuggestionLabels.Of(Action), Item.Number),
                yesText: SuggestionLabels.Of(Action), cancelText: UiText.Common_Cancel);
            if (sure != true) return;
        }
        Errors = [];
        Alert = null;
        await ChangeRunner.RunAsync(async () =>
        {
            await using var work = await Model.OpenAsync();
            await work.Suggestions.TransitionAsync(Item.Id, input, Item.Version);
            Snackbar.Add(string.Format(UiText.Step_Done, SuggestionLabels.Of(Action)), Severity.Success);
            await Drafts.ClearAsync(JS, DraftKey);
            MudDialog.Close(DialogResult.Ok(true));
        }, r =>
        {
            Errors = r.ByField();
            Alert = r.Unplaced(PlacedFields);
        }, busy => Saving = busy);
    }
}
