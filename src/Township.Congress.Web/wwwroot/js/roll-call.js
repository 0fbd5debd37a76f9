// Roll call by keyboard (session page, 点名 tab). On a focused row: P or 1 = present, L or 2 = on leave
// (opens the reason box), A or 3 = absent; the mark is a click on the row's own button, so the server
// sees exactly what a mouse user does. Focus moves to the next row at once, without waiting for the
// server, so a secretary can type through sixty names. Arrow keys (or J/K) move between rows.
(() => {
    const marks = { p: 'present', '1': 'present', l: 'leave', '2': 'leave', a: 'absent', '3': 'absent' };

    function rowsOf(row) {
        const table = row.closest('[data-roll]');
        return table ? Array.from(table.querySelectorAll('tr[data-roll-row]')) : [row];
    }

    function focusRow(row) {
        if (!row) return;
        row.focus({ preventScroll: true });
        row.scrollIntoView({ block: 'center' });
    }

    document.addEventListener('keydown', e => {
        if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
        const target = e.target;
        if (!(target instanceof Element) || target.matches('input, textarea, select, [contenteditable]')) return;
        const row = target.closest('tr[data-roll-row]');
        if (!row) return;
        const rows = rowsOf(row);
        const index = rows.indexOf(row);
        const key = e.key.toLowerCase();
        if (key === 'arrowdown' || key === 'j') { e.preventDefault(); focusRow(rows[Math.min(index + 1, rows.length - 1)]); return; }
        if (key === 'arrowup' || key === 'k') { e.preventDefault(); focusRow(rows[Math.max(index - 1, 0)]); return; }
        const mark = marks[key];
        if (!mark) return;
        const button = row.querySelector(`button[data-mark="${mark}"]`);
        if (!button || button.disabled) return;
        e.preventDefault();
        button.click();
        // 请假 needs a reason: the page focuses the reason box; the other marks go on to the next name.
        if (mark !== 'leave') focusRow(rows[index + 1] ?? row);
    });

    window.rollCall = {
        /** Focuses the row after the given deputy's (after a leave reason was saved with Enter). */
        focusNext(deputyId) {
            const row = document.querySelector(`tr[data-roll-row][data-deputy="${deputyId}"]`);
            if (!row) return;
            const rows = rowsOf(row);
            focusRow(rows[rows.indexOf(row) + 1] ?? row);
        },
        /** Focuses the first deputy not yet called. */
        focusFirstUnmarked() {
            focusRow(document.querySelector('tr[data-roll-row][data-status="Unmarked"]') ?? document.querySelector('tr[data-roll-row]'));
        },
    };
})();
