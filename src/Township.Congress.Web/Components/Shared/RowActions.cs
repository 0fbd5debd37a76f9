using Microsoft.AspNetCore.Components;

namespace Township.Congress.Web.Components.Shared;

/// <summary>
/// What a click on a table row's button names: the button's <c>data-row-action</c> and the row's <c>data-row</c>.
/// A row's buttons are part of the row's one markup string (<see cref="PlainMud.IconButtonHtml"/>) instead of frames
/// with a click handler each, and one <c>@onrowaction</c> on the table's body receives them all: a page of 20 rows
/// with two buttons each was ≈ 400 frames in each of the table's two render trees, kept for the circuit's life
/// (docs/county-server.md, "Memory per circuit"). wwwroot/js/row-actions.js turns such a click into this event.
/// </summary>
public sealed class RowActionEventArgs : EventArgs
{
    /// <summary>The button's action name (<c>data-row-action</c>), e.g. <c>edit</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>The row's key (<c>data-row</c>), e.g. a deputy's id.</summary>
    public string Row { get; set; } = "";
}

/// <summary>Makes <c>@onrowaction</c> known to Razor (the browser event is <c>congress-rowaction</c>, registered by row-actions.js).</summary>
[EventHandler("onrowaction", typeof(RowActionEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers
{
}
