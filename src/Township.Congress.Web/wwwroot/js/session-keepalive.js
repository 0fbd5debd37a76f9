// Work on an open page is activity: typing or clicking sends a light request (at most every
// data-every seconds), which the server counts on the session. A page left alone sends
// nothing, so its session idles out on the server (Security:IdleTimeoutMinutes).
(() => {
    const script = document.currentScript;
    const every = (Number(script && script.dataset.every) || 60) * 1000;
    let last = Date.now();
    const ping = () => {
        const now = Date.now();
        if (now - last < every) return;
        last = now;
        fetch('/account/alive', { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
            .catch(() => { /* offline: the next input tries again */ });
    };
    for (const name of ['keydown', 'pointerdown', 'wheel']) addEventListener(name, ping, { capture: true, passive: true });
})();
