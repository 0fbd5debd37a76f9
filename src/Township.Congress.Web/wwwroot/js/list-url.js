// A list's filters and page written into the address bar in place of its history entry (Components/Shared/ListUrl.cs),
// without Blazor's navigation: the page already shows what the URL says, so the router need not render it again, nor
// the layout's navigation lock ask the drafts first. Blazor's own state in the entry (its index) is kept.
// Only the query changes: a write that arrives after the user has gone on to another page (a list's load finishing
// late) is dropped, or it would put the list's address on the item's history entry.
window.congressListUrl = {
    replace: url => {
        const next = new URL(url, location.href);
        if (next.origin !== location.origin || next.pathname !== location.pathname || next.href === location.href) return;
        history.replaceState(history.state, '', next.href);
    },
};
