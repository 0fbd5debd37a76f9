// Drafts of long texts and a warning before typed content is lost.
// A field marked data-draft-key="…" (on the <textarea>/<input> or on a wrapper around it) is saved to localStorage
// as it is typed, and forgotten when the app calls congressDrafts.clear(key) after a successful save. Restoring goes
// through the component that owns the field: it calls congressDrafts.watch(key, ref), is handed the draft when the
// field shows up empty, and sets its bound value itself (setting the DOM value and dispatching input did not always
// reach the bound value under load; the save then said 请填写内容). While such a field holds unsaved changes, leaving
// the page (reload, close, typed URL) asks first, and so does in-app navigation (congressDrafts.confirmLeave,
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

  // Components waiting for their field's draft: key → { owner: DotNetObjectReference, token } (Components/Shared/Drafts.cs,
  // DraftRestorer); the token lets a closing dialog withdraw only its own wish, not that of a dialog opened since.
  const watchers = new Map();

  // Hands a kept draft to the component that owns the field, once; the component sets its bound value and re-renders.
  const deliver = (key, field) => {
    const { owner } = watchers.get(key) ?? {};
    if (!owner) return;
    watchers.delete(key);
    const draft = read(key);
    if (!draft || draft === field.value) return;
    owner.invokeMethodAsync('Restore', draft).then(() => notify(restoredNotice), () => { /* the component is gone */ });
  };

  // Remembers what a newly rendered field showed (so that leaving asks only when the text changed since), then hands
  // its draft to the component waiting for it.
  const adopt = () => {
    for (const { key, field } of marked()) {
      if (baseline.has(field)) continue;
      baseline.set(field, field.value);
      deliver(key, field);
    }
  };

  // Directly in the observer's callback (a microtask), not on the next frame: a frame can come late in a busy or hidden
  // tab, after the component already restored a draft or the user typed, and the baseline would then be wrong.
  new MutationObserver(adopt).observe(document.documentElement, { childList: true, subtree: true });

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
    /** The component owning the field marked with this key wants its draft (now if the field is shown, else when it is). */
    watch(key, owner, token) {
      watchers.set(key, { owner, token });
      adopt();
      for (const x of marked()) if (x.key === key && x.field.value === baseline.get(x.field)) deliver(key, x.field);
    },
    /** The component is gone. */
    unwatch(key, token) { if (watchers.get(key)?.token === token) watchers.delete(key); },
    /** Forgets a saved draft; the field counts as unchanged from now on. */
    clear(key) {
      write(key, null);
      for (const x of marked()) if (x.key === key) baseline.set(x.field, x.field.value);
    },
    /** True when navigation may go ahead: nothing unsaved, or the user agreed to leave. */
    confirmLeave() { return !dirty() || window.confirm(leaveQuestion); },
  };
})();
