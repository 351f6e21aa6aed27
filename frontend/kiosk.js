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

  // --- Idle: report input to the server, at most once every 2 seconds -----------------------
  // The server decides about the warning and the logout; this only tells it someone is there.
  var REPORT_EVERY_MS = 2000;
  var lastReport = 0;
  function reportActivity() {
    var now = Date.now();
    if (now - lastReport < REPORT_EVERY_MS) {
      return;
    }
    var target = document.querySelector('[data-activity-target]');
    if (target) {
      lastReport = now;
      target.dispatchEvent(new CustomEvent('kiosk-activity'));
    }
  }
  ['pointerdown', 'touchstart', 'keydown'].forEach(function (type) {
    document.addEventListener(type, reportActivity, { capture: true, passive: true });
  });

  // --- Connection lost: a friendly full screen, and reconnecting by itself --------------------
  var overlay = null;
  function showConnectionLost() {
    if (overlay) {
      return;
    }
    var texts = window.kioskTexts || {};
    overlay = document.createElement('div');
    overlay.id = 'connection-lost';
    overlay.className = 'connection-lost';
    overlay.setAttribute('role', 'alert');
    var title = document.createElement('h2');
    title.textContent = texts.connectionLostTitle || 'Koneksi terputus';
    var text = document.createElement('p');
    text.textContent = texts.connectionLostText || 'Mohon tunggu sebentar, kios sedang menyambung kembali.';
    overlay.appendChild(title);
    overlay.appendChild(text);
    document.body.appendChild(overlay);
  }
  function hideConnectionLost() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }
  // When Vaadin gives up reconnecting, try the server every 5 s and start afresh once it answers:
  // a member session that timed out meanwhile was ended by the server and is not resumed.
  var retryTimer = null;
  function retryUntilServerAnswers() {
    if (retryTimer) {
      return;
    }
    retryTimer = setInterval(function () {
      fetch('./', { cache: 'no-store' }).then(function (r) {
        if (r.ok) {
          clearInterval(retryTimer);
          window.location.reload();
        }
      }).catch(function () { /* still down */ });
    }, 5000);
  }
  // Back to the attract screen, but only once the server answers: a navigation while the network
  // is down (the server may end an idle session and push this while the kiosk's requests fail)
  // would leave the kiosk on the browser's own error page, with no one to press reload.
  window.kioskStartOver = function (url) {
    function go() {
      fetch(url, { cache: 'no-store' }).then(function (r) {
        if (r.ok) {
          window.location.href = url;
        } else {
          setTimeout(go, 5000);
        }
      }).catch(function () { setTimeout(go, 5000); });
    }
    go();
  };
  function watchConnection() {
    var state = window.Vaadin && window.Vaadin.connectionState;
    if (!state || !state.addStateChangeListener) {
      setTimeout(watchConnection, 500);
      return;
    }
    state.addStateChangeListener(function (previous, current) {
      if (current === 'connected' || current === 'loading') {
        hideConnectionLost();
      } else if (current === 'reconnecting') {
        showConnectionLost();
      } else if (current === 'connection-lost') {
        showConnectionLost();
        retryUntilServerAnswers();
      }
    });
  }
  watchConnection();

  // --- No context menu, no pinch zoom, no swipe navigation ---------------------------------
  document.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  // The viewport allows zoom (WCAG 1.4.4); on the kiosk a pinch is stopped here, by touch-action
  // in kiosk.css and by Chromium's --disable-pinch. Large text is in the accessibility menu.
  ['gesturestart', 'gesturechange', 'gestureend'].forEach(function (type) {
    document.addEventListener(type, function (e) { e.preventDefault(); }, { passive: false });
  });
  ['touchstart', 'touchmove'].forEach(function (type) {
    document.addEventListener(type, function (e) {
      if (e.touches && e.touches.length > 1) { e.preventDefault(); }
    }, { passive: false });
  });
  // a touchpad pinch arrives as a wheel event with ctrl held
  document.addEventListener('wheel', function (e) {
    if (e.ctrlKey) { e.preventDefault(); }
  }, { passive: false });
  // --- Read aloud: the kiosk PC's voices (speech-dispatcher / espeak-ng on Debian) ------------
  // The server writes what is said (ReadAloud.java); this only speaks it. The languages that have
  // a voice are marked on <html data-voices="id en">: kiosk.css hides the read-aloud switch and
  // the speaker button while the screen's language has none, so nothing offers a silent button.
  var synth = window.speechSynthesis;
  function voiceFor(lang) {
    var prefix = lang.slice(0, 2).toLowerCase();
    var voices = synth ? synth.getVoices() : [];
    var same = voices.filter(function (v) { return (v.lang || '').toLowerCase().replace('_', '-').indexOf(prefix) === 0; });
    return same.filter(function (v) { return v.localService; })[0] || same[0] || null;
  }
  function markVoices() {
    var langs = [];
    ['id', 'en'].forEach(function (l) { if (voiceFor(l)) { langs.push(l); } });
    document.documentElement.setAttribute('data-voices', langs.join(' ') || 'none');
  }
  if (synth && window.SpeechSynthesisUtterance) {
    markVoices();
    if (synth.addEventListener) {
      synth.addEventListener('voiceschanged', markVoices); // voices load after the page
    }
  } else {
    document.documentElement.setAttribute('data-voices', 'none');
  }
  window.kioskSpeech = {
    say: function (text, lang) {
      var voice = synth && voiceFor(lang);
      if (!voice) {
        return;
      }
      synth.cancel(); // a new screen or key: what was being said is no longer what is shown
      text.split('\n').forEach(function (line) {
        var utterance = new SpeechSynthesisUtterance(line);
        utterance.lang = lang;
        utterance.voice = voice;
        utterance.rate = 0.9; // a little slower: figures in words are long
        synth.speak(utterance);
      });
    },
    stop: function () {
      if (synth) {
        synth.cancel();
      }
    }
  };
})();
