// The preview page: it follows the server's stream of states (Server-Sent Events) and updates
// what changed in place, so that nothing flickers and every panel keeps its scroll position.
"use strict";

const $ = (id) => document.getElementById(id);
let shownSite = "";

function element(tag, text, className) {
  const made = document.createElement(tag);
  made.textContent = text; // never innerHTML: messages quote the user's source
  if (className) made.className = className;
  return made;
}

// Each page image is replaced only once its new picture has loaded: no blank in between.
function showPages(pages) {
  const holder = $("pages");
  while (holder.children.length > pages.length) holder.lastChild.remove();
  pages.forEach((page, index) => {
    let img = holder.children[index];
    if (!img) {
      img = holder.appendChild(document.createElement("img"));
    }
    if (img.dataset.src === page.src) return;
    img.dataset.src = page.src;
    const next = new Image();
    next.onload = () => {
      if (img.dataset.src !== page.src) return; // a newer one is on its way
      img.src = page.src;
      img.alt = page.text;
      img.dataset.shown = page.src;
    };
    next.src = page.src;
  });
}

// The web page loads in the hidden frame, takes the shown one's scroll position, then swaps.
function showSite(href, made) {
  const src = `${href}?v=${made}`;
  if (!href || src === shownSite) return;
  const [a, b] = [$("site-a"), $("site-b")];
  const [shown, hidden] = a.hidden ? [b, a] : [a, b];
  hidden.onload = () => {
    try {
      const from = shown.contentWindow;
      if (from) hidden.contentWindow.scrollTo(from.scrollX, from.scrollY);
    } catch (_) { /* the first load: nothing to keep */ }
    hidden.hidden = false;
    shown.hidden = true;
    hidden.onload = null;
  };
  hidden.src = src;
  shownSite = src;
}

function showList(list, problems, none) {
  const items = problems.map((p) => element("li", p.text, p.warning === false ? "error" : ""));
  list.replaceChildren(...(items.length ? items : [element("li", none, "none")]));
}

function showCheck(check) {
  const facts = $("check");
  facts.replaceChildren();
  if (!check) return;
  for (const [label, value] of check.facts) {
    facts.append(element("dt", label), element("dd", value));
  }
  const problems = check.problems.map((text) => ({ text, warning: false }));
  showList($("check-problems"), problems, "no problem found");
}

function showChoices(id, options, chosen, none) {
  const select = $(id);
  const values = ["", ...options];
  const current = Array.from(select.options).map((o) => o.value);
  if (current.join("\n") !== values.join("\n")) {
    select.replaceChildren(...values.map((v) => new Option(v || none, v)));
  }
  select.value = chosen || "";
  select.disabled = options.length === 0;
}

function showError(state) {
  const box = $("error");
  const lines = state.errors.map((p) => p.text);
  if (state.error) lines.unshift(state.error);
  box.hidden = lines.length === 0;
  box.textContent = lines.join("\n");
}

function showStatus(state) {
  const status = $("status");
  const failed = state.error || state.errors.length;
  status.className = failed ? "failed" : state.busy ? "busy" : "";
  status.textContent = failed ? "error: the last good pages are shown" : state.busy ? "rendering…" : "up to date";
}

function link(id, href) {
  const a = $(id);
  if (href) a.href = href;
  a.hidden = !href;
}

function show(state) {
  showPages(state.pages);
  showError(state);
  showStatus(state);
  showSite(state.site, state.made.site || 0);
  $("fit").textContent = state.fit;
  showList($("problems"), state.problems, "none");
  showCheck(state.check);
  showChoices("theme", state.themes, state.choice.theme, "(the source's)");
  showChoices("variant", state.variants, state.choice.variant, "(none)");
  showChoices("lang", state.languages, state.choice.lang, "(the first)");
  link("resume-pdf", state.resume);
  link("portfolio-pdf", state.portfolio);
  document.body.dataset.version = state.version;
}

function choose() {
  const chosen = { theme: $("theme").value, variant: $("variant").value, lang: $("lang").value };
  $("status").textContent = "rendering…";
  fetch("/choose", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(chosen),
  });
}

for (const id of ["theme", "variant", "lang"]) $(id).addEventListener("change", choose);
new EventSource("/events").onmessage = (event) => show(JSON.parse(event.data));
