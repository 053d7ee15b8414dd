// The record form: sections and their task list, live checks as the IRO types, the preview, saving,
// translations and copies. Every rule is on the server (recordgen.api); this only sends the form and
// shows the answers. User text is only ever put on the page as text (textContent, value), never as HTML.
"use strict";
(function () {
  const form = document.getElementById("record");
  const name = form.dataset.name;
  let version = form.dataset.version;
  const session = form.dataset.session;
  const statusBox = document.getElementById("status");
  const alertBox = document.getElementById("alert");
  const announce = document.getElementById("announce");
  const previewFor = document.getElementById("preview-for");
  const previewBox = document.getElementById("preview");
  const previewAbout = document.getElementById("preview-about");
  const summaryBox = document.getElementById("error-summary");
  const conflictBox = document.getElementById("conflict");
  const savedState = document.getElementById("saved-state");
  let checkTimer = null, previewTimer = null, checkSeq = 0, previewSeq = 0, pendingDraft = false;
  let last = {problems: [], findings: []};
  let dirty = false, revealAll = false, shownErrors = new Set();
  const touched = new Set();           // fields the IRO has left: their errors are shown

  function post(what, body, extra) {
    const url = what.startsWith("/") ? what : "/api/records/" + encodeURIComponent(name) + "/" + what;
    return fetch(url, Object.assign({
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json"}, body: JSON.stringify(body),
    }, extra || {})).then(r => r.json().then(j => ({status: r.status, body: j}), () => ({status: r.status, body: {}})));
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function plural(n, word, many) { return n + " " + (n === 1 ? word : (many || word + "s")); }
  function say(text) { statusBox.textContent = text; }

  // ---- rows: paths, ids and accessible names follow each row's place in its list
  function wire(field) {
    const control = field.querySelector("[data-path]");
    const label = field.querySelector(":scope > label");
    const msgs = field.querySelector(":scope > .msgs");
    const hint = field.querySelector(":scope > .hint, :scope > fieldset > .hint");
    if (!control) return;
    if (label) label.htmlFor = control.id;
    const described = [];
    if (hint) { hint.id = "h-" + control.id; described.push(hint.id); }
    if (msgs) { msgs.id = "m-" + control.id; described.push(msgs.id); }
    if (described.length) control.setAttribute("aria-describedby", described.join(" "));
    control.querySelectorAll("[data-part]").forEach(part => {  // a date's three boxes
      part.id = control.id + "-" + part.dataset.part;
      const partLabel = control.querySelector('[data-part-label="' + part.dataset.part + '"]');
      if (partLabel) partLabel.htmlFor = part.id;
    });
    const code = field.querySelector("[data-other-code]");
    if (code) {
      code.id = control.id + "-code";
      field.querySelector("[data-other-label]").htmlFor = code.id;
    }
  }

  function renumber() {
    form.querySelectorAll("[data-list]").forEach(list => {
      const base = list.dataset.list;
      Array.from(list.children).forEach((row, i) => {
        const n = i + 1;
        row.querySelectorAll("[data-rel]").forEach(node => {
          node.dataset.path = base + "." + n + "." + node.dataset.rel;
          node.id = "f-" + node.dataset.path.replace(/\./g, "-");
        });
        row.querySelectorAll("[data-label]").forEach(node => {
          const text = node.dataset.label.replace("{n}", n);
          if (node.tagName === "LABEL" || node.tagName === "LEGEND") node.textContent = text;
          else node.setAttribute("aria-label", text);
        });
      });
    });
    form.querySelectorAll(".field").forEach(wire);
    form.querySelectorAll('[data-kind="childflag"]').forEach(childFlag);
  }

  // "This is the child" / "The child gave the score": the record says 'you', the IRO never types it.
  function childFlag(flag) {
    const scope = flag.closest("[data-row]") || flag.closest("section");
    const role = scope.querySelector(".role-field");
    if (role) role.hidden = flag.checked;
  }

  // ---- the form as record data, in the order the record reads
  const isIndex = part => /^\d+$/.test(part);
  const keyOf = part => (isIndex(part) ? Number(part) - 1 : part);

  function place(data, parts, value) {
    let here = data;
    for (let i = 0; i < parts.length - 1; i++) {
      const key = keyOf(parts[i]);
      if (here[key] === undefined || here[key] === null) here[key] = isIndex(parts[i + 1]) ? [] : {};
      here = here[key];
    }
    here[keyOf(parts[parts.length - 1])] = value;
  }

  function dateValue(node) {
    const [d, m, y] = ["day", "month", "year"].map(p => node.querySelector('[data-part="' + p + '"]').value.trim());
    if (!d && !m && !y) return "";
    if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y)) {
      const when = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
      if (when.getUTCFullYear() === Number(y) && when.getUTCMonth() === Number(m) - 1 && when.getUTCDate() === Number(d))
        return y + "-" + m.padStart(2, "0") + "-" + d.padStart(2, "0");
    }
    return d + "/" + m + "/" + y;  // not a date: the server says why, in words
  }

  function collect() {
    const data = {};
    form.querySelectorAll("[data-path][data-kind]").forEach(node => {
      const kind = node.dataset.kind;
      let value;
      if (kind === "childflag") return;
      if (kind === "roles") value = Array.from(node.querySelectorAll("input:checked")).map(i => i.value);
      else if (kind === "choice" || kind === "yesno") {
        const picked = node.querySelector("input:checked");  // nothing chosen is sent as no answer
        // yesno: true or false, or a further answer as written (still_right's "changed")
        value = picked ? (kind === "yesno" && (picked.value === "true" || picked.value === "false")
          ? picked.value === "true" : picked.value) : null;
      } else if (kind === "bool") value = node.checked;
      else if (kind === "date") {
        value = dateValue(node);
        if (value === "" && node.dataset.optional) return;
      } else if (kind === "language") {
        value = node.value === "other" ? node.closest(".field").querySelector("[data-other-code]").value.trim() : node.value;
        if (value === "" && node.dataset.optional) return;
      } else if (kind === "int") {
        const text = node.value.trim();
        if (text === "") { if (node.dataset.optional) return; value = ""; }
        else value = /^\d+$/.test(text) ? Number(text) : text;
      } else {
        value = node.value;
        const scope = node.closest("[data-row]") || node.closest("section");
        const flag = node.closest(".role-field") && scope.querySelector('[data-kind="childflag"]');
        if (flag && flag.checked) value = "you";
        if (value.trim() === "" && node.dataset.optional) return;
      }
      place(data, node.dataset.path.split("."), value);
    });
    form.querySelectorAll("[data-list]").forEach(list => {  // an empty list is still a list
      const parts = list.dataset.list.split(".");
      let here = data;
      parts.slice(0, -1).forEach(p => { here[p] = here[p] || {}; here = here[p]; });
      const lastPart = parts[parts.length - 1];
      here[lastPart] = here[lastPart] || [];
    });
    return data;
  }

  // ---- sections and the task list
  const sections = Array.from(form.querySelectorAll("section[data-section]"));
  function sectionOf(path) {
    const top = path.split(".")[0];
    return sections.find(s => s.dataset.paths.split(" ").includes(top));
  }
  function showSection(key, focus) {
    const target = sections.find(s => s.dataset.section === key) || sections[0];
    sections.forEach(s => { s.hidden = s !== target; });
    document.querySelectorAll("[data-task]").forEach(t => {
      const here = t.dataset.task === target.dataset.section;
      t.classList.toggle("current", here);
      const link = t.querySelector("a");
      if (here) link.setAttribute("aria-current", "step"); else link.removeAttribute("aria-current");
    });
    const index = sections.indexOf(target);
    const next = document.getElementById("next-section");
    next.hidden = index === sections.length - 1;
    if (!next.hidden) next.textContent = "Next section: " + document.querySelector('[data-task="' + sections[index + 1].dataset.section + '"] a').textContent;
    if (target.dataset.section === "copies") loadReaders();
    if (focus) target.querySelector("h2").focus();
    return target;
  }
  document.addEventListener("click", e => {
    const link = e.target.closest("[data-show-section]");
    if (!link) return;
    e.preventDefault();
    showSection(link.dataset.showSection, true);
    history.replaceState(null, "", "#s-" + link.dataset.showSection);
  });
  document.getElementById("next-section").addEventListener("click", () => {
    const index = sections.findIndex(s => !s.hidden);
    const key = sections[Math.min(index + 1, sections.length - 1)].dataset.section;
    showSection(key, true);
    history.replaceState(null, "", "#s-" + key);
  });

  // Started: something typed, or a question answered (a default in a list or a tick box is not an answer).
  function filled(section) {
    return Array.from(section.querySelectorAll("input, textarea")).some(node => {
      if (node.closest("template") || node.closest(".withhold")) return false;
      if (node.type === "radio") return node.checked;
      if (node.type === "checkbox" || node.type === "file") return false;
      return node.value.trim() !== "";
    });
  }

  function updateTasks() {
    sections.forEach(section => {
      const key = section.dataset.section;
      const tag = document.getElementById("state-" + key);
      if (!tag) return;
      let state, cls;
      if (key === "copies") {
        const errors = last.problems.filter(p => p.severity === "error").length;
        state = errors ? "Cannot start yet" : "Ready to check"; cls = errors ? "grey" : "blue";
      } else {
        const errors = last.problems.filter(p => p.severity === "error" && sectionOf(p.path) === section);
        const shownErrors = errors.filter(p => revealed(p.path));
        if (shownErrors.length) { state = "Has errors"; cls = "red"; }
        else if (!filled(section)) { state = "Not started"; cls = "grey"; }
        else if (errors.length) { state = "In progress"; cls = "blue"; }
        else { state = "Done"; cls = "green"; }
      }
      tag.textContent = state;
      tag.className = "tag " + cls;
    });
  }

  // ---- where a message belongs: its field, else its row, else its section
  function controlFor(path) {
    return form.querySelector('[data-path="' + CSS.escape(path) + '"]') ||
           form.querySelector('[data-path="' + CSS.escape(path + ".text") + '"]');
  }

  function boxFor(path) {
    const parts = path.split(".");
    while (parts.length) {
      const here = parts.join(".");
      const control = controlFor(here);
      if (control) {
        const field = control.closest(".field");
        if (field) return field.querySelector(":scope > .msgs");
        const row = control.closest("[data-row]");
        if (row) return row.querySelector(".msgs");
      }
      if (isIndex(parts[parts.length - 1])) {
        const list = form.querySelector('[data-list="' + CSS.escape(parts.slice(0, -1).join(".")) + '"]');
        const row = list && list.children[Number(parts[parts.length - 1]) - 1];
        if (row) return row.querySelector(".msgs");
      }
      const section = form.querySelector('[data-path-msgs="' + CSS.escape(here) + '"]');
      if (section) return section;
      parts.pop();
    }
    return form.querySelector('[data-path-msgs="(record)"]');
  }

  // A field's error is shown once the IRO has left the field, or after Save or Make copies.
  function revealed(path) {
    if (revealAll) return true;
    for (const done of touched) if (path === done || path.startsWith(done + ".") || done.startsWith(path + ".")) return true;
    return false;
  }

  function marked(text, spans) {
    const box = document.createDocumentFragment();
    let at = 0;
    spans.sort((a, b) => a[0] - b[0]).forEach(([start, end]) => {
      if (start < at) return;
      box.appendChild(document.createTextNode(text.slice(at, start)));
      box.appendChild(el("mark", "", text.slice(start, end)));
      at = end;
    });
    box.appendChild(document.createTextNode(text.slice(at)));
    return box;
  }

  function show(result) {
    last = result;
    form.querySelectorAll(".msgs").forEach(box => box.replaceChildren());
    form.querySelectorAll(".marked").forEach(box => { box.replaceChildren(); box.hidden = true; box._spans = []; });
    form.querySelectorAll("[aria-invalid]").forEach(node => node.removeAttribute("aria-invalid"));
    const before = shownErrors;
    shownErrors = new Set();
    const fresh = [];
    (result.problems || []).forEach(p => {
      if (!revealed(p.path)) return;
      if (p.severity === "error") {
        shownErrors.add(p.path + "|" + p.message);
        if (!before.has(p.path + "|" + p.message)) fresh.push(p);
      }
      const words = (p.severity === "error" ? "Error: " : "Warning: ") + p.message;
      const note = el("p", "problem " + p.severity, words);
      boxFor(p.path).appendChild(note);
      const control = controlFor(p.path);
      if (control && p.severity === "error") control.setAttribute("aria-invalid", "true");
    });
    (result.findings || []).forEach(f => {
      const box = boxFor(f.path);
      const note = el("div", "finding");
      note.appendChild(el("p", "", f.label + ": " + f.message + " → " + f.suggestion));
      if (f.fix) {
        // A fix that needs a human eye (check --unsafe-fixes) is offered too: the IRO is that eye.
        const apply = el("button", "apply", (f.fix.safe ? "Apply: " : "Apply, then read it: ") + f.fix.description);
        apply.type = "button";
        apply.addEventListener("click", () => applyFix(f));
        note.appendChild(apply);
      }
      box.appendChild(note);
      const control = controlFor(f.path);
      const markBox = control && control.closest(".field") && control.closest(".field").querySelector(".marked");
      if (markBox && f.spans && f.spans.length) {
        markBox._spans = (markBox._spans || []).concat(f.spans);
        markBox.replaceChildren(el("span", "marked-label", "Marked words: "), marked(control.value, markBox._spans));
        markBox.hidden = false;
      }
    });
    const dates = document.getElementById("dates");
    dates.replaceChildren();
    const latest = document.getElementById("latest-lawful");
    latest.textContent = "";
    (result.dates || []).forEach(d => {
      dates.appendChild(el("dt", "", d.label));
      dates.appendChild(el("dd", "", (d.shown || d.date) + (d.note ? " (" + d.note + ")" : "")));
      if (d.key === "next_review_latest") latest.textContent = "The latest lawful date for the next review is " + (d.shown || d.date) + ".";
    });
    updateTasks();
    if (!summaryBox.hidden) fillSummary();
    // An error beside a field is announced when it appears (the error summary speaks for itself).
    if (fresh.length && fresh.length <= 2 && summaryBox.hidden) announce.textContent = "Error: " + fresh[0].message;
  }

  // ---- the error summary (GOV.UK): after Save or Make copies, each error a link to its field
  function fillSummary() {
    const list = summaryBox.querySelector("ul");
    list.replaceChildren();
    const errors = (last.problems || []).filter(p => p.severity === "error");
    errors.forEach(p => {
      const item = el("li");
      const link = el("a", "", p.message);
      const control = controlFor(p.path) || boxFor(p.path);
      const target = control && (control.querySelector && control.querySelector("input, textarea, select")) || control;
      link.href = "#" + (target && target.id ? target.id : "record");
      link.addEventListener("click", e => {
        e.preventDefault();
        const section = target && target.closest("section[data-section]");
        if (section) showSection(section.dataset.section, false);
        if (target && target.focus) { target.focus(); target.scrollIntoView({block: "center"}); }
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    summaryBox.hidden = errors.length === 0;
    return errors.length;
  }
  function showSummary() {
    revealAll = true;
    show(last);
    if (fillSummary()) summaryBox.focus();
  }

  function scheduleCheck(keepDraft, delay) {
    pendingDraft = pendingDraft || keepDraft;
    clearTimeout(checkTimer);
    checkTimer = setTimeout(runCheck, delay === undefined ? 250 : delay);
  }

  function runCheck() {
    const seq = ++checkSeq;
    const keep = pendingDraft;
    pendingDraft = false;
    return post("check", {data: collect(), version: version, keep_draft: keep, session: session}).then(res => {
      if (seq !== checkSeq) return;
      show(res.body);
      form.dataset.checked = String(seq);
      updateRecipients();
      schedulePreview();
    });
  }

  // ---- a fix goes through the engine (api.fix_file with only this fix), and the field is checked again
  function applyFix(f) {
    const control = controlFor(f.path);
    return post("fix", {data: collect(), path: f.path, new: f.fix.new}).then(res => {
      if (res.status !== 200) { say(res.body.error || "That fix could not be applied."); return; }
      if (res.body.refused) { say("Not applied: " + res.body.refused); return; }
      if (control) { control.value = res.body.text; control.focus(); }
      dirty = true;
      say("Applied: " + f.fix.description + ".");
      scheduleCheck(true, 0);
    });
  }

  // ---- the preview: the recipient's real copy, made by the server
  function updateRecipients() {
    const chosen = previewFor.value;
    const options = [];
    let hasChild = false;
    form.querySelectorAll('[data-list="distribution"] > [data-row]').forEach((row, i) => {
      const role = row.querySelector('[data-rel="role"]');
      const who = row.querySelector('[data-rel="name"]').value;
      if (role.value === "child") hasChild = true;
      const roleName = role.selectedOptions[0] ? role.selectedOptions[0].textContent.toLowerCase() : "";
      options.push([String(i + 1), (who || "(no name)") + " (" + roleName + ")"]);
    });
    if (!hasChild) options.unshift(["child", "The child"]);
    previewFor.replaceChildren(...options.map(([value, text]) => {
      const option = el("option", "", text);
      option.value = value;
      return option;
    }));
    if (options.some(o => o[0] === chosen)) previewFor.value = chosen;
  }

  function schedulePreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(runPreview, 300);
  }

  function runPreview() {
    const seq = ++previewSeq;
    return post("preview", {data: collect(), recipient: previewFor.value || "child"}).then(res => {
      if (seq !== previewSeq) return;
      // mammoth's HTML of the real copy: the text in it is escaped by mammoth, and the CSP runs no inline script.
      previewBox.innerHTML = res.body.html || "";
      previewBox.lang = res.body.lang || "en";
      previewBox.dir = res.body.rtl ? "rtl" : "ltr";
      const about = res.body.recipient ? "Copy for " + res.body.recipient + ", in " + res.body.language_name +
        ", written for " + res.body.band_words + "." : "";
      previewAbout.textContent = [about, res.body.notice || ""].join(" ").trim();
      previewBox.dataset.ready = String(seq);
    });
  }

  // ---- saving
  function saved(res) {
    version = res.body.version;
    form.dataset.version = version;
    conflictBox.hidden = true;
    conflictBox.replaceChildren();
    dirty = false;
    savedState.textContent = "Saved at " + res.body.saved_at;
    say("Saved at " + res.body.saved_at + ".");
  }

  function save(extra) {
    alertBox.replaceChildren();
    const body = Object.assign({data: collect(), version: version, session: session}, extra || {});
    return post("save", body).then(res => {
      if (res.status === 200) {
        saved(res);
        if (extra && extra.choices) { window.location.reload(); return res; }  // the form now shows the merged file
        return runCheck().then(() => { showSummary(); return res; });
      } else if (res.status === 409 && res.body.differences) {
        showConflict(res.body);
      } else if (res.status === 409) {
        alertBox.appendChild(el("p", "", res.body.message || res.body.error));
      } else {
        alertBox.appendChild(el("p", "", "Not saved: " + (res.body.error || "the server refused")));
      }
      return res;
    });
  }

  // The file changed since this page opened it: every field that differs, keep mine or take the file's.
  function showConflict(answer) {
    const heading = el("h2", "", "The record was changed somewhere else");
    heading.id = "h-conflict";
    const parts = [heading, el("p", "", answer.message)];
    const list = el("div", "differences");
    answer.differences.forEach((d, i) => {
      const set = el("fieldset", "difference");
      set.dataset.key = d.key;
      const who = {mine: "you changed this", theirs: "changed in the file", both: "changed by you and in the file"}[d.changed];
      set.appendChild(el("legend", "", d.label + " (" + who + ")"));
      [["mine", "Keep mine: "], ["theirs", "Take the file's: "]].forEach(([value, text]) => {
        const id = "diff-" + i + "-" + value;
        const row = el("div", "choice");
        const radio = el("input");
        radio.type = "radio"; radio.name = "diff-" + i; radio.value = value; radio.id = id;
        if (d.choice === value) radio.checked = true;
        const labelNode = el("label", "", text);
        labelNode.htmlFor = id;
        labelNode.appendChild(el("span", "value", value === "mine" ? d.mine_text : d.theirs_text));
        row.append(radio, labelNode);
        set.appendChild(row);
      });
      if (!d.choice) set.appendChild(el("p", "hint", "Both changed this field: choose one."));
      list.appendChild(set);
    });
    const problem = el("p", "error-text");
    problem.setAttribute("role", "alert");
    const go = el("button", "", "Save with these choices");
    go.type = "button";
    go.addEventListener("click", () => {
      const choices = {};
      let missing = null;
      list.querySelectorAll("fieldset.difference").forEach(set => {
        const picked = set.querySelector("input:checked");
        if (picked) choices[set.dataset.key] = picked.value;
        else if (!missing) missing = set;
      });
      if (missing) {
        problem.textContent = "Choose which to keep for " + missing.querySelector("legend").textContent;
        missing.querySelector("input").focus();
        return;
      }
      save({version: answer.version, base: answer.base, choices: choices});
    });
    parts.push(list, problem, go);
    conflictBox.replaceChildren(...parts);
    conflictBox.hidden = false;
    conflictBox.scrollIntoView();
    conflictBox.focus();
  }

  // ---- check your answers, translations, and making the copies
  const readersBox = document.getElementById("readers");
  const madeBox = document.getElementById("made");

  function ensureSaved() {
    return dirty ? save() : Promise.resolve({status: 200});
  }

  function loadReaders() {
    return ensureSaved().then(res => {
      if (res.status !== 200) return;
      return post("copies", {}).then(r => showReaders(r.body));
    });
  }

  function row(list, term, value) {
    list.appendChild(el("dt", "", term));
    const dd = el("dd");
    if (typeof value === "string") dd.textContent = value; else dd.appendChild(value);
    list.appendChild(dd);
  }

  function showReaders(answer) {
    readersBox.replaceChildren();
    if (answer.errors && answer.errors.length) {
      readersBox.appendChild(el("p", "problem error", "The saved record has " + plural(answer.errors.length, "error") +
        " to fix before any copy can be made: see the list at the top."));
      revealAll = true; runCheck().then(showSummary);
    }
    (answer.readers || []).forEach(r => {
      const card = el("div", "reader");
      const heading = el("h3", "", r.name + " (" + r.role.replace("_", " ") + ")");
      heading.id = "reader-" + r.n;
      card.setAttribute("role", "group");
      card.setAttribute("aria-labelledby", heading.id);
      card.appendChild(heading);
      const list = el("dl", "summary-list");
      row(list, "Language", r.language_name + (r.bilingual ? ", with English beside it" : ""));
      row(list, "Format", r.format);
      row(list, "Sent", r.delivery);
      row(list, "Kept from them", r.withheld.length ? r.withheld.join("; ") : "Nothing");
      const translation = el("div");
      translation.appendChild(el("p", "translation " + r.translation.state, r.translation.text));
      if (r.translation.state !== "english") {
        const download = el("a", "button secondary", "Download the file for the translator (" + r.language_name + ")");
        download.href = "/api/records/" + encodeURIComponent(name) + "/xliff?lang=" + encodeURIComponent(r.language);
        download.setAttribute("download", "");
        translation.appendChild(download);
        const upId = "upload-" + r.n;
        const upLabel = el("label", "", "Upload the translated file (" + r.language_name + ")");
        upLabel.htmlFor = upId;
        const up = el("input");
        up.type = "file"; up.id = upId; up.accept = ".xlf,.xliff,.xml";
        up.addEventListener("change", () => upload(up));
        translation.append(el("br"), upLabel, up);
        if (r.translation.english_possible) {
          const boxId = "english-" + r.n;
          const wrap = el("div", "field check");
          const tick = el("input");
          tick.type = "checkbox"; tick.id = boxId; tick.checked = Boolean(r.translation.english_for_now);
          // Kept beside the record on the server: a reload or another day still has the choice.
          tick.addEventListener("change", () => ensureSaved().then(res => res.status === 200 &&
            post("english-for-now", {reader: r.n, on: tick.checked}).then(answer => {
              if (answer.status === 200) {
                showReaders(answer.body);
                focusTick(boxId);
                say(tick.checked ? r.name + "'s copy will be sent in English for now." :
                  r.name + "'s copy will wait for its translation.");
              }
              else say(answer.body.error || "That choice could not be kept.");
            })));
          const tickLabel = el("label", "", "Send this copy in English for now (it says so on the copy)");
          tickLabel.htmlFor = boxId;
          wrap.append(tick, tickLabel);
          translation.appendChild(wrap);
        }
      }
      row(list, "Translation", translation);
      row(list, "Can it be made?", r.blocked ? "Not yet: " + r.blocked : "Yes");
      if (r.made) {  // made earlier from this page: open it again another day
        const made = el("span");
        const link = el("a", "", "Open " + r.name + "'s copy, made on " + r.made.when);
        link.href = r.made.url;
        link.target = "_blank";
        made.appendChild(link);
        if (r.made.older) made.append(" ", el("strong", "", "(made before the record's last save: make the copies again)"));
        row(list, "Made", made);
      }
      card.appendChild(list);
      readersBox.appendChild(card);
    });
  }

  function focusTick(id) {  // the list was drawn again: keep the keyboard where it was
    const tick = document.getElementById(id);
    if (tick) tick.focus();
  }

  function upload(input) {
    const file = input.files[0];
    if (!file) return;
    say("Checking the translated file...");
    return fetch("/api/records/" + encodeURIComponent(name) + "/xliff?filename=" + encodeURIComponent(file.name), {
      method: "POST", credentials: "same-origin", headers: {"Content-Type": "application/xliff+xml"}, body: file,
    }).then(res => res.json().then(body => ({status: res.status, body}))).then(res => {
      if (res.status === 200) {
        say("Stored " + plural(res.body.count, "translation") + " into " + res.body.language_name + ".");
        return loadReaders().then(() => scheduleCheck(false, 0));
      }
      alertBox.replaceChildren(el("p", "", "The translated file was not used:"));
      const list = el("ul");
      (res.body.problems || []).forEach(p => list.appendChild(el("li", "", p)));
      alertBox.appendChild(list);
      say("");
    });
  }

  function renderAll() {
    alertBox.replaceChildren();
    madeBox.replaceChildren();
    return ensureSaved().then(res => {
      if (res.status !== 200) return;
      say("Making the copies from the saved file...");
      return post("render", {}).then(res => {
        if (res.status !== 200) {
          alertBox.appendChild(el("p", "", res.body.error || "The copies could not be made."));
          say("");
          if (res.body.problems) { revealAll = true; runCheck().then(showSummary); }
          return;
        }
        madeBox.appendChild(el("h3", "", "Copies made"));
        const list = el("ul", "written");
        res.body.written.forEach(w => {
          const item = el("li");
          const link = el("a", "", "Open " + w.recipient + "'s copy (" + w.language_name + ")");
          link.href = w.url;
          link.target = "_blank";
          item.append(link, " ", el("span", "hint", w.file));
          list.appendChild(item);
        });
        madeBox.appendChild(list);
        if (res.body.blocked.length) {
          madeBox.appendChild(el("h3", "", "Not made yet"));
          const notYet = el("ul");
          res.body.blocked.forEach(b => notYet.appendChild(el("li", "", b.recipient + ": " + b.why)));
          madeBox.appendChild(notYet);
        }
        madeBox.appendChild(el("h3", "", "Dates"));
        const dates = el("dl", "summary-list");
        res.body.dates.forEach(d => row(dates, d.label, d.shown || d.date));
        madeBox.appendChild(dates);
        say("Made " + plural(res.body.written.length, "copy", "copies") + ".");
        madeBox.focus();
      });
    });
  }

  // ---- pasting a list into one item offers to split it into items
  function pasted(e) {
    const area = e.target;
    if (area.tagName !== "TEXTAREA" || !area.closest("[data-list]") || area.dataset.rel !== "text") return;
    const text = (e.clipboardData || window.clipboardData).getData("text");
    const lines = splitList(text);
    if (lines.length < 2) return;
    e.preventDefault();
    area.value = text.replace(/\r/g, "");
    const field = area.closest(".field");
    const offer = el("div", "paste-offer");
    offer.setAttribute("role", "group");
    offer.setAttribute("aria-label", "Split the pasted text");
    offer.appendChild(el("p", "", "You pasted " + lines.length + " lines. Make each one a point of its own?"));
    const yes = el("button", "", "Split into " + lines.length + " points");
    yes.type = "button";
    const no = el("button", "secondary", "Keep as one point");
    no.type = "button";
    offer.append(yes, " ", no);
    field.appendChild(offer);
    yes.focus();
    no.addEventListener("click", () => { offer.remove(); area.focus(); scheduleCheck(true); });
    yes.addEventListener("click", () => {
      offer.remove();
      const row = area.closest("[data-row]");
      area.value = lines[0];
      let after = row;
      lines.slice(1).forEach(line => {
        const list = row.parentElement;
        const template = form.querySelector('template[data-template-for="' + CSS.escape(list.dataset.list) + '"]');
        const fresh = template.content.firstElementChild.cloneNode(true);
        fresh.querySelector("textarea").value = line;
        after.after(fresh);
        after = fresh;
      });
      renumber();
      area.focus();
      say("Split into " + lines.length + " points.");
      dirty = true;
      scheduleCheck(true);
    });
  }
  // Bullets, numbers, Word's "o" and tabs at the start of a line are list marks, not words.
  function splitList(text) {
    return text.replace(/\r/g, "").split(/\n+/)
      .map(line => line.replace(/^[\s\u00a0]*(?:[•·◦▪‣●○■□\-–—*]|o(?=[\s\u00a0])|\(?\d{1,2}[.)]|\(?[a-z][.)](?=\s))[\s\u00a0]*/u, "").replace(/\t+/g, " ").trim())
      .filter(line => line !== "");
  }

  // ---- events
  form.addEventListener("input", () => { dirty = true; scheduleCheck(true); });
  form.addEventListener("change", e => {
    dirty = true;
    if (e.target.dataset.kind === "childflag") childFlag(e.target);
    if (e.target.dataset.kind === "language") {
      const other = e.target.closest(".field").querySelector(".other-language");
      other.hidden = e.target.value !== "other";
    }
    scheduleCheck(true);
  });
  form.addEventListener("paste", pasted);
  // A box reached by Tab is shown whole: browsers scroll only its caret into sight, which
  // can leave most of a tall box below the window (200% zoom).
  form.addEventListener("focusin", e => {
    const r = e.target.getBoundingClientRect();
    if (e.target.matches("textarea") && r.bottom > innerHeight) e.target.scrollIntoView({block: "nearest"});
  });
  // A whole date typed or pasted into the Day box ("03/04/2026", "3.4.2026") is spread over the three
  // boxes, day first (UK order), so it is not read as a day with the month and year missing.
  function spreadDate(box) {
    if (!box.matches || !box.matches('[data-part="day"]')) return false;
    const whole = box.value.trim().match(/^(\d{1,2})\s*[\/.\-\s]\s*(\d{1,2})\s*[\/.\-\s]\s*(\d{2,4})$/);
    if (!whole) return false;
    const group = box.closest("fieldset");
    [["day", 1], ["month", 2], ["year", 3]].forEach(([part, i]) => { group.querySelector('[data-part="' + part + '"]').value = whole[i]; });
    dirty = true;
    scheduleCheck(true);
    return true;
  }
  form.addEventListener("paste", e => {
    if (e.target.matches && e.target.matches('[data-part="day"]')) setTimeout(() => {
      if (spreadDate(e.target)) e.target.closest("fieldset").querySelector('[data-part="year"]').focus();
    }, 0);
  });
  // Leaving a field shows its errors (not while the IRO is still typing in it).
  form.addEventListener("focusout", e => {
    spreadDate(e.target);
    const holder = e.target.closest("[data-path]");
    if (!holder || e.target.closest("#conflict")) return;
    const group = holder.closest("fieldset[data-path]") || holder;
    if (e.relatedTarget && group.contains(e.relatedTarget)) return;  // still inside the date's boxes
    const path = group.dataset.path;
    if (touched.has(path)) return;
    touched.add(path);
    // Mid-click (the pointer is down on another control), wait for the click to land first:
    // a message appearing above would move the control away from under the pointer.
    if (pointerDown) revealAfterClick = true; else reveal();
  });
  let pointerDown = false, revealAfterClick = false;
  document.addEventListener("pointerdown", () => { pointerDown = true; }, true);
  document.addEventListener("pointerup", () => {
    pointerDown = false;
    if (revealAfterClick) { revealAfterClick = false; setTimeout(reveal, 0); }
  }, true);
  function reveal() { show(last); }
  form.addEventListener("submit", e => { e.preventDefault(); save(); });
  form.addEventListener("click", e => {
    const button = e.target.closest("button[data-action]");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "add") {
      const target = button.dataset.listTarget;
      const list = form.querySelector('[data-list="' + CSS.escape(target) + '"]');
      const template = form.querySelector('template[data-template-for="' + CSS.escape(target) + '"]');
      const added = template.content.firstElementChild.cloneNode(true);
      list.appendChild(added);
      renumber();
      const first = added.querySelector("input:not([type=checkbox]), textarea, select");
      if (first) first.focus();
      say("Added row " + list.children.length + ".");
    } else {
      const current = button.closest("[data-row]");
      const list = current.parentElement;
      if (action === "up" && current.previousElementSibling) list.insertBefore(current, current.previousElementSibling);
      else if (action === "down" && current.nextElementSibling) list.insertBefore(current.nextElementSibling, current);
      else if (action === "remove") {
        const next = current.nextElementSibling || current.previousElementSibling;
        current.remove();
        renumber();
        const focus = next ? next.querySelector("textarea, input, select") : list.parentElement.querySelector('[data-action="add"]');
        if (focus) focus.focus();
        say("Removed.");
        dirty = true;
        scheduleCheck(true);
        return;
      }
      renumber();
      button.focus();
      say("Moved to place " + (Array.from(list.children).indexOf(current) + 1) + ".");
    }
    dirty = true;
    scheduleCheck(true);
  });
  previewFor.addEventListener("change", runPreview);
  document.getElementById("save").addEventListener("click", () => save());
  // Save is one key away from wherever the IRO is (Ctrl+S, or Cmd+S on a Mac); the focus stays put.
  document.addEventListener("keydown", e => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "s") {
      e.preventDefault();
      if (!e.repeat) save();
    }
  });
  document.querySelectorAll("[data-save]").forEach(b => b.addEventListener("click", () => save()));
  document.getElementById("render").addEventListener("click", renderAll);
  document.querySelectorAll("[data-discard-draft]").forEach(button => button.addEventListener("click", () =>
    post("discard-draft", {session: button.dataset.discardDraft}).then(() => {
      button.closest("[data-draft-offer]").remove();
      say("Those unsaved changes were discarded.");
    })));
  // A tab closed within the typing pause still leaves its draft on disk.
  window.addEventListener("pagehide", () => {
    if (pendingDraft) post("check", {data: collect(), version: version, keep_draft: true, session: session}, {keepalive: true});
  });

  // ---- the record itself: rename, delete to the bin, the next review from this one
  const menuError = document.getElementById("menu-error");
  function recordAction(what, body) {
    menuError.textContent = "";
    return post(what, body).then(res => {
      if (res.status === 200) window.location.assign(res.body.url);
      else menuError.textContent = res.body.error || "That could not be done.";
    });
  }
  document.getElementById("rename").addEventListener("click", () =>
    (dirty ? save() : Promise.resolve({status: 200})).then(r => r.status === 200 &&
      recordAction("rename", {to: document.getElementById("rename-to").value})));
  document.getElementById("delete").addEventListener("click", () => recordAction("delete", {}));
  const startNext = document.getElementById("start-next");  // none for a young person 18 by the next review
  if (startNext) startNext.addEventListener("click", () =>
    (dirty ? save() : Promise.resolve({status: 200})).then(r => r.status === 200 &&
      recordAction("next", {to: document.getElementById("next-name").value})));

  renumber();
  const start = (location.hash || "").replace(/^#s-/, "");
  showSection(sections.some(s => s.dataset.section === start) ? start : sections[0].dataset.section, false);
  runCheck();
})();
