// Isnad web UI behaviour: lease countdown, keyboard shortcuts on the work page, charts on the dashboard, and
// graceful handling of an expired session. No inline scripts anywhere (the CSP forbids them).
(function () {
  "use strict";

  // htmx calls say they come from JavaScript so an expired session answers 499 instead of a login redirect
  document.addEventListener("htmx:configRequest", function (e) {
    e.detail.headers["X-Requested-With"] = "JavaScript";
  });
  document.addEventListener("htmx:responseError", function (e) {
    var status = e.detail.xhr.status;
    if (status === 499 || status === 401) { window.location.reload(); }
  });

  function text(key) { return document.body.getAttribute("data-" + key) || ""; }

  // --- lease countdown: reads the expiry the server rendered (and htmx replaced after a renewal)
  function startCountdown() {
    var out = document.getElementById("lease-countdown");
    if (!out) { return; }
    function tick() {
      var holder = document.getElementById("lease-expiry");
      if (!holder) { return; }
      var left = Math.round((Date.parse(holder.getAttribute("data-expires")) - Date.now()) / 1000);
      if (isNaN(left)) { out.textContent = ""; return; }
      if (left <= 0) {
        out.textContent = "0:00";
        out.className = "countdown gone";
        return;
      }
      var m = Math.floor(left / 60), s = left % 60;
      out.textContent = m + ":" + (s < 10 ? "0" : "") + s;
      out.className = left < 120 ? "countdown low" : "countdown";
    }
    tick();
    setInterval(tick, 1000);
  }

  // --- keyboard: 1-5 rate the active rubric item (then move to the next unrated one), n = next, s = submit
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" || (tag === "INPUT" && target.type !== "radio" && target.type !== "checkbox");
  }
  function items() { return Array.prototype.slice.call(document.querySelectorAll(".rubric-item")); }
  function rated(item) { return !!item.querySelector("input[type=radio]:checked"); }
  function markActive(item) {
    items().forEach(function (i) { i.classList.toggle("active", i === item); });
  }
  function activeItem() {
    var focused = document.activeElement && document.activeElement.closest && document.activeElement.closest(".rubric-item");
    if (focused) { return focused; }
    var current = document.querySelector(".rubric-item.active");
    if (current && !rated(current)) { return current; }
    var list = items();
    for (var i = 0; i < list.length; i++) { if (!rated(list[i])) { return list[i]; } }
    return current || list[0];
  }
  function startKeyboard() {
    var form = document.getElementById("review-form");
    if (!form) { return; }
    markActive(activeItem());
    document.addEventListener("keydown", function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) { return; }
      if (e.key >= "1" && e.key <= "5") {
        var item = activeItem();
        var radio = item && item.querySelector("input[type=radio][value='" + e.key + "']");
        if (radio) {
          radio.checked = true;
          radio.dispatchEvent(new Event("change", { bubbles: true }));
          var list = items(), next = null;
          for (var i = list.indexOf(item) + 1; i < list.length; i++) { if (!rated(list[i])) { next = list[i]; break; } }
          markActive(next || item);
          if (document.activeElement && document.activeElement.closest && document.activeElement.closest(".rubric-item")) {
            document.activeElement.blur();
          }
        }
        e.preventDefault();
      } else if (e.key === "n") {
        e.preventDefault();
        document.getElementById("skip-form").submit();
      } else if (e.key === "s") {
        e.preventDefault();
        if (form.reportValidity()) { form.submit(); }
      }
    });
    form.addEventListener("click", function (e) {
      var item = e.target.closest && e.target.closest(".rubric-item");
      if (item) { markActive(item); }
    });
  }

  // --- dashboard charts
  function startCharts() {
    var holder = document.getElementById("dashboard");
    if (!holder || typeof Chart === "undefined") { return; }
    var stats = JSON.parse(holder.getAttribute("data-stats") || "{}");
    var rtl = document.documentElement.dir === "rtl";
    var base = { responsive: true, locale: text("lang") === "ar" ? "ar" : "en",
      plugins: { legend: { rtl: rtl } }, scales: { x: { reverse: rtl } } };
    var backlog = stats.backlog || [];
    new Chart(document.getElementById("chart-backlog"), { type: "bar", options: base, data: {
      labels: backlog.map(function (b) { return b.queue; }),
      datasets: [{ label: holder.getAttribute("data-label-backlog"), data: backlog.map(function (b) { return b.depth; }), backgroundColor: "#0b6e4f" }] } });
    var perDay = stats.reviewsPerDay || [];
    new Chart(document.getElementById("chart-reviews"), { type: "line", options: base, data: {
      labels: perDay.map(function (d) { return d.date; }),
      datasets: [{ label: holder.getAttribute("data-label-reviews"), data: perDay.map(function (d) { return d.count; }), borderColor: "#0b6e4f", tension: 0.2 }] } });
    var series = stats.agreementOverTime || [];
    var periods = [], byItem = {};
    series.forEach(function (p) {
      if (periods.indexOf(p.period) < 0) { periods.push(p.period); }
      (byItem[p.item] = byItem[p.item] || {})[p.period] = p.alpha;
    });
    var colours = ["#0b6e4f", "#a15c00", "#3451b2", "#b3261e"];
    var datasets = Object.keys(byItem).map(function (item, i) {
      return { label: item, data: periods.map(function (p) { return byItem[item][p] === undefined ? null : byItem[item][p]; }),
        borderColor: colours[i % colours.length], spanGaps: true, tension: 0.2 };
    });
    var alphaOptions = JSON.parse(JSON.stringify(base));
    alphaOptions.scales.y = { suggestedMin: 0, suggestedMax: 1 };
    new Chart(document.getElementById("chart-alpha"), { type: "line", options: alphaOptions, data: { labels: periods, datasets: datasets } });
  }

  // a long article opens scrolled to the claim, wherever it sits
  function showClaim() {
    var mark = document.getElementById("claim-highlight");
    if (mark && mark.closest(".article-text")) { mark.scrollIntoView({ block: "center" }); window.scrollTo(0, 0); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    showClaim();
    startCountdown();
    startKeyboard();
    startCharts();
  });
})();
