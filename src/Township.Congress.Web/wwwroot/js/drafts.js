// Drafts of long texts and a warning before typed content is lost.
// A field marked data-draft-key="…" (on the <textarea>/<input> or on a wrapper around it) is saved to localStorage
// as it is typed, restored when the same form opens empty again (with the notice 已恢复未保存的草稿), and forgotten
// when the app calls congressDrafts.clear(key) after a successful save. While such a field holds unsaved changes,
// leaving the page (reload, close, typed URL) asks first, and so does in-app navigation (congressDrafts.confirmLeave,
// called by the layout's NavigationLock).
(() => {
  const prefix = 'congress-draft:';
  const restoredNotice = '已恢复未保存的草稿';
  const leaveQuestion = '有尚未保存的内容，确定离开此页吗？（草稿已保存在本机，下次打开时可恢复）';
  const baseline = new WeakMap(); // field → its value when it appeared (or was restored, or saved)

  const fieldOf = el => (el.matches('textarea, input') ? el : el.querySelector('textarea, input:not([type=hidden])'));
  const marked = () => [...document.querySelectorAll('[data-draft-key]')]
    .map(el => ({ key: el.getAttribute('data-draft-key'), field: fieldOf(el) }))
    .filter(x => x.key && x.field);

  const read = key => { try { return localStorage.getItem(prefix + key); } catch { return null; } };
  const write = (key, value) => {
    try { value ? localStorage.setItem(prefix + key, value) : localStorage.removeItem(prefix + key); } catch { /* storage full or off */ }
  };

  const notify = text => {
    const note = document.createElement('div');
    note.className = 'draft-notice';
    note.setAttribute('role', 'status');
    note.setAttribute('data-testid', 'draft-restored');
    note.textContent = text;
    document.body.appendChild(note); // outside the app's render tree: Blazor never diffs it
    setTimeout(() => note.remove(), 8000);
  };

  const adopt = () => {
    let restored = false;
    for (const { key, field } of marked()) {
      if (baseline.has(field)) continue;
      baseline.set(field, field.value);
      const draft = read(key);
      if (draft && draft !== field.value) {
        field.value = draft;
        // Tell Blazor: Immediate fields bind on input, the others on change.
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
        restored = true;
      }
    }
    if (restored) notify(restoredNotice);
  };

  let pending = 0;
  new MutationObserver(() => { if (!pending) pending = requestAnimationFrame(() => { pending = 0; adopt(); }); })
    .observe(document.documentElement, { childList: true, subtree: true });

  document.addEventListener('input', e => {
    const holder = e.target instanceof Element ? e.target.closest('[data-draft-key]') : null;
    if (holder && fieldOf(holder) === e.target) write(holder.getAttribute('data-draft-key'), e.target.value);
  }, true);

  const dirty = () => marked().some(({ field }) => baseline.has(field) && field.value !== baseline.get(field));

  window.addEventListener('beforeunload', e => {
    if (!dirty()) return;
    e.preventDefault();
    e.returnValue = ''; // older browsers need it set to show their own question
  });

  window.congressDrafts = {
    /** Forgets a saved draft; the field counts as unchanged from now on. */
    clear(key) {
      write(key, null);
      for (const x of marked()) if (x.key === key) baseline.set(x.field, x.field.value);
    },
    /** True when navigation may go ahead: nothing unsaved, or the user agreed to leave. */
    confirmLeave() { return !dirty() || window.confirm(leaveQuestion); },
  };
})();
