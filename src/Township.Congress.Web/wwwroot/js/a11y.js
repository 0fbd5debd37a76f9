// Scrollable regions must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable): a table
// container that scrolls gets tabindex=0 so arrow keys can scroll it; one that no longer scrolls loses it again.
(() => {
  const mark = () => {
    for (const el of document.querySelectorAll('.mud-table-container, [data-scroll-region]')) {
      const scrolls = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      if (scrolls && !el.hasAttribute('tabindex')) { el.tabIndex = 0; el.dataset.keyboardScroll = 'true'; }
      else if (!scrolls && el.dataset.keyboardScroll) { el.removeAttribute('tabindex'); delete el.dataset.keyboardScroll; }
    }
  };
  let pending = 0;
  const schedule = () => { if (!pending) pending = requestAnimationFrame(() => { pending = 0; mark(); }); };
  new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('resize', schedule);
  schedule();
})();
