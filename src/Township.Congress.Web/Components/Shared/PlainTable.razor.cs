using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Components.Shared;

/// <summary>A column of a <see cref="PlainTable{TItem}"/>: its header text, and the sort label it sorts by if any.</summary>
/// <param name="Title">The header's text (and the sort choice's on a phone).</param>
/// <param name="SortLabel">Sortable by this label (handed to the loader as <see cref="TableState.SortLabel"/>); null: not sortable.</param>
/// <param name="InitialDirection">The direction the table starts sorted in by this column (one column at most).</param>
/// <param name="Class">More classes on the header cell.</param>
/// <param name="Style">The header cell's style.</param>
/// <param name="Hint">The header cell's title (a tooltip).</param>
/// <param name="Header">Header content instead of <paramref name="Title"/> (e.g. an icon).</param>
/// <param name="Visible">False leaves the column out (columns shown for some users only).</param>
public sealed record PlainColumn(string Title, string? SortLabel = null, SortDirection InitialDirection = SortDirection.None,
    string? Class = null, string? Style = null, string? Hint = null, RenderFragment? Header = null, bool Visible = true);

/// <summary>
/// A server-paged, sortable table with MudTable's markup and behaviour as the roster and the suggestion list use it
/// (one load per page, sort or page size; the latest load wins; a progress bar while loading), rendered by one component.
/// </summary>
public partial class PlainTable<TItem> : ComponentBase, IDisposable
{
    /// <summary>Reads one page; the same contract as MudTable's <c>ServerData</c>.</summary>
    [Parameter, EditorRequired] public Func<TableState, CancellationToken, Task<TableData<TItem>>> ServerData { get; set; } = default!;
    [Parameter, EditorRequired] public IReadOnlyList<PlainColumn> Columns { get; set; } = [];
    [Parameter, EditorRequired] public RenderFragment<TItem> RowTemplate { get; set; } = default!;
    [Parameter] public RenderFragment? NoRecordsContent { get; set; }
    [Parameter] public RenderFragment? LoadingContent { get; set; }

    /// <summary>A click on a row (the row gets no click handler without one).</summary>
    [Parameter] public EventCallback<TItem> OnRowClick { get; set; }
    /// <summary>
    /// A click on a row's button written as markup (<see cref="PlainMud.IconButtonHtml"/>): one handler on the body for
    /// every row, instead of a handler and the button's frames per row.
    /// </summary>
    [Parameter] public EventCallback<RowActionEventArgs> OnRowAction { get; set; }
    [Parameter] public string? RowClass { get; set; }
    [Parameter] public string? Class { get; set; }
    [Parameter] public string? TestId { get; set; }
    [Parameter] public bool Dense { get; set; } = true;
    [Parameter] public bool Hover { get; set; } = true;
    [Parameter] public bool Striped { get; set; } = true;
    [Parameter] public Color LoadingProgressColor { get; set; } = Color.Primary;
    [Parameter] public int RowsPerPage { get; set; } = 20;
    [Parameter] public IReadOnlyList<int> PageSizeOptions { get; set; } = [20, 50, 100];

    /// <summary>The page (0-based) of the first load.</summary>
    [Parameter] public int InitialPage { get; set; }

    /// <summary>The page info under the table: MudTablePager's InfoFormat ({first_item}, {last_item}, {all_items}).</summary>
    [Parameter] public string InfoFormat { get; set; } = UiText.Common_PagerInfo;

    private static int _nextId;
    private readonly string _rowsPerPageId = $"tablepager-rows-per-page-{Interlocked.Increment(ref _nextId)}";
    private List<PlainColumn> _sortable = [];
    private IReadOnlyList<TItem> _items = [];
    private int _total;
    private int _page;
    private int _pageSize;
    private string? _sortLabel;
    private SortDirection _sortDirection;
    private bool _loading;
    private CancellationTokenSource? _load;

    /// <summary>The page shown (0-based).</summary>
    public int CurrentPage => _page;

    /// <summary>The rows of the page shown.</summary>
    public IReadOnlyList<TItem> Items => _items;

    protected override void OnInitialized()
    {
        _page = Math.Max(0, InitialPage);
        _pageSize = RowsPerPage;
        var initial = Columns.FirstOrDefault(c => c.Visible && c.SortLabel is not null && c.InitialDirection != SortDirection.None);
        (_sortLabel, _sortDirection) = initial is null ? (null, SortDirection.None) : (initial.SortLabel, initial.InitialDirection);
    }

    protected override void OnParametersSet() => _sortable = Columns.Where(c => c.Visible && c.SortLabel is not null).ToList();

    protected override Task OnInitializedAsync() => LoadAsync();

    /// <summary>Reads the page again (<paramref name="page"/> if given, else the one shown), as MudTable's ReloadServerData.</summary>
    public Task ReloadServerData(int? page = null)
    {
        if (page is { } p) _page = Math.Max(0, p);
        return LoadAsync();
    }

    private IEnumerable<PlainColumn> VisibleColumns => Columns.Where(c => c.Visible);

    private int PageCount => _total == 0 ? 1 : (_total + _pageSize - 1) / _pageSize;

    private string Info
    {
        get
        {
            var first = _total == 0 ? 0 : _page * _pageSize + 1;
            var last = Math.Min((_page + 1) * _pageSize, _total);
            return InfoFormat.Replace("{first_item}", $"{first}").Replace("{last_item}", $"{last}").Replace("{all_items}", $"{_total}");
        }
    }

    private string TableClass => Css(string.Join(' ', new[]
    {
        "mud-table mud-xs-table", Dense ? "mud-table-dense" : null, Hover ? "mud-table-hover" : null,
        Striped ? "mud-table-striped" : null, "mud-elevation-1",
    }.Where(c => c is not null)), Class);

    private async Task LoadAsync()
    {
        _load?.Cancel();
        _load?.Dispose();
        var load = _load = new CancellationTokenSource();
        _loading = true;
        StateHasChanged();
        try
        {
            var state = new TableState { Page = _page, PageSize = _pageSize, SortLabel = _sortLabel, SortDirection = _sortDirection };
            var data = await ServerData(state, load.Token);
            if (load.IsCancellationRequested) return;
            _items = data.Items?.ToList() ?? [];
            _total = data.TotalItems;
            // A page past the end (fewer rows than before): the last page, as MudTable's NavigateTo clamps.
            if (_page > 0 && _page >= PageCount)
            {
                _page = PageCount - 1;
                await LoadAsync();
                return;
            }
        }
        catch (OperationCanceledException) when (load.IsCancellationRequested)
        {
            return;
        }
        finally
        {
            if (ReferenceEquals(load, _load)) _loading = false;
        }
        StateHasChanged();
    }

    private Task GoToAsync(int page)
    {
        _page = Math.Clamp(page, 0, PageCount - 1);
        return LoadAsync();
    }

    // MudTableSortLabel's cycle: none → ascending → descending → none (MudTable's AllowUnsorted); another column starts ascending.
    private Task ToggleSortAsync(string label)
    {
        _sortDirection = label != _sortLabel ? SortDirection.Ascending : _sortDirection switch
        {
            SortDirection.None => SortDirection.Ascending,
            SortDirection.Ascending => SortDirection.Descending,
            _ => SortDirection.None,
        };
        _sortLabel = _sortDirection == SortDirection.None ? null : label;
        _page = 0;
        return LoadAsync();
    }

    private Task SortKeyAsync(KeyboardEventArgs e, string label) => e.Key is "Enter" or " " ? ToggleSortAsync(label) : Task.CompletedTask;

    private Task SortChosenAsync(ChangeEventArgs e)
    {
        var label = e.Value as string;
        if (string.IsNullOrEmpty(label) || label == _sortLabel) return Task.CompletedTask;
        (_sortLabel, _sortDirection, _page) = (label, SortDirection.Ascending, 0);
        return LoadAsync();
    }

    private Task PageSizeChosenAsync(ChangeEventArgs e)
    {
        if (!int.TryParse(e.Value as string, out var size) || size <= 0 || size == _pageSize) return Task.CompletedTask;
        (_pageSize, _page) = (size, 0);
        return LoadAsync();
    }

    private string SortIconClass(bool sorted) => "mud-table-sort-label-icon " + (!sorted ? "mud-direction-none"
        : _sortDirection == SortDirection.Descending ? "mud-direction-desc" : "mud-direction-asc");

    /// <summary>MudTablePager's icon button: a native button, disabled at the ends, its English aria-label as MudBlazor's.</summary>
    private RenderFragment PagerButton(string cssClass, string icon, string label, bool disabled, int page) => b =>
    {
        b.OpenElement(0, "button");
        b.AddAttribute(1, "class", $"mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-flip-x-rtl {cssClass}");
        b.AddAttribute(2, "aria-label", label);
        b.AddAttribute(3, "type", "button");
        b.AddAttribute(4, "disabled", disabled);
        if (!disabled) b.AddAttribute(5, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => GoToAsync(page)));
        b.OpenElement(6, "span");
        b.AddAttribute(7, "class", "mud-icon-button-label");
        b.AddMarkupContent(8, PlainMud.IconHtml(icon, Size.Medium, inheritColor: true));
        b.CloseElement();
        b.CloseElement();
    };

    private static string Css(string own, string? extra) => string.IsNullOrWhiteSpace(extra) ? own : $"{own} {extra}";

    public void Dispose()
    {
        _load?.Cancel();
        _load?.Dispose();
        _load = null;
    }
}
