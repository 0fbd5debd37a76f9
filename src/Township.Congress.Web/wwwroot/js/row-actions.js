// Table rows' buttons without a handler each (Components/Shared/RowActions.cs): a click on a button with
// data-row-action becomes one 'congress-rowaction' event, which bubbles to the table body's @onrowaction handler
// with the button's action and its row's key. Keyboard use is a click as well (Enter or Space on a native button).
(() => {
    document.addEventListener('click', e => {
        const button = e.target instanceof Element ? e.target.closest('button[data-row-action]') : null;
        if (!button || button.disabled) return;
        button.dispatchEvent(new CustomEvent('congress-rowaction', {
            bubbles: true,
            detail: { action: button.dataset.rowAction, row: button.dataset.row ?? '' },
        }));
    });
    Blazor.registerCustomEventType('rowaction', {
        browserEventName: 'congress-rowaction',
        createEventArgs: e => ({ action: e.detail.action, row: e.detail.row }),
    });
})();
