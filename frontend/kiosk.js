// Kios Mandiri browser-side helpers. Loaded on kiosk screens; the server decides everything.
(function () {
  if (window.__kioskMandiri) {
    return;
  }
  window.__kioskMandiri = true;

  // --- Card reader -------------------------------------------------------------------------
  // The reader is a keyboard that types the card number fast and ends with Enter. Keys that come
  // further apart than a reader types them are a person: the buffer starts over, so a person
  // pressing keys never counts as a card. No field needs focus.
  var MAX_GAP_MS = 60;
  var MIN_DIGITS = 8;
  var buffer = '';
  var last = 0;
  document.addEventListener('keydown', function (e) {
    var now = performance.now();
    var fast = now - last <= MAX_GAP_MS;
    last = now;
    if (e.key === 'Enter') {
      var target = document.querySelector('[data-card-target]');
      if (fast && buffer.length >= MIN_DIGITS && target) {
        target.dispatchEvent(new CustomEvent('kiosk-card', { detail: { number: buffer } }));
      }
      buffer = '';
      e.preventDefault();
      return;
    }
    if (/^[0-9]$/.test(e.key)) {
      buffer = (fast ? buffer : '') + e.key;
      e.preventDefault();
    } else {
      buffer = '';
    }
  }, true);

  // --- No context menu, no pinch zoom, no swipe navigation ---------------------------------
  document.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  document.addEventListener('gesturestart', function (e) { e.preventDefault(); });
  document.addEventListener('touchmove', function (e) {
    if (e.touches && e.touches.length > 1) { e.preventDefault(); }
  }, { passive: false });
})();
