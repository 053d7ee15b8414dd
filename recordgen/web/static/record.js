// The record form: numbering of list rows, live checks as the IRO types, the preview, saving.
// Every rule is on the server (recordgen.api); this only sends the form and shows the answers.
// User text is only ever put on the page as text (textContent, value), never as HTML.
"use strict";
(function () {
  const form = document.getElementById("record");
  const name = form.dataset.name;
  let version = form.dataset.version;
  const session = form.dataset.session;
  const statusBox = document.getElementById("status");
  const alertBox = document.getElementById("alert");
  const previewFor = document.getElementById("preview-for");
  const previewBox = document.getElementById("preview");
  const previewAbout = document.getElementById("preview-about");
  let checkTimer = null, previewTimer = null, checkSeq = 0, previewSeq = 0, pendingDraft = false;

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

  // ---- rows: paths, ids and accessible names follow each row's place in its list
  function wire(field) {
    const control = field.querySelector("[data-path]");
    const label = field.querySelector(":scope > label");
    const msgs = field.querySelector(":scope > .msgs");
    const hint = field.querySelector(":scope > .hint");
    if (!control) return;
    if (label) label.htmlFor = control.id;
    const described = [];
    if (hint) { hint.id = "h-" + control.id; described.push(hint.id); }
    if (msgs) { msgs.id = "m-" + control.id; described.push(msgs.id); }
    if (described.length) control.setAttribute("aria-describedby", described.join(" "));
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

  function collect() {
    const data = {};
    const lists = Array.from(form.querySelectorAll("[data-list]"));
    form.querySelectorAll("[data-path][data-kind]").forEach(node => {
      const kind = node.dataset.kind;
      let value;
      if (kind === "roles") value = Array.from(node.querySelectorAll("input:checked")).map(i => i.value);
      else if (kind === "choice" || kind === "yesno") {
        const picked = node.querySelector("input:checked");  // nothing chosen is sent as no answer
        value = picked ? (kind === "yesno" ? picked.value === "true" : picked.value) : null;
      }
      else if (kind === "bool") value = node.checked;
      else if (kind === "int") {
        if (node.value.trim() === "") { if (node.dataset.optional) return; value = ""; }
        else value = Number(node.value);
      } else {
        value = node.value;
        if (value.trim() === "" && node.dataset.optional) return;
      }
      place(data, node.dataset.path.split("."), value);
    });
    lists.forEach(list => {  // an empty list is still a list
      const parts = list.dataset.list.split(".");
      let here = data;
      parts.slice(0, -1).forEach(p => { here[p] = here[p] || {}; here = here[p]; });
      const last = parts[parts.length - 1];
      here[last] = here[last] || [];
    });
    return data;
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

  const KIND_NAMES = {"system-word": "System word", "third-person": "Written about, not to, the child",
                      "reading-level": "Reading level", "action": "Action"};

  function show(result) {
    form.querySelectorAll(".msgs").forEach(box => box.replaceChildren());
    form.querySelectorAll(".marked").forEach(box => { box.replaceChildren(); box.hidden = true; });
    form.querySelectorAll("[aria-invalid]").forEach(node => node.removeAttribute("aria-invalid"));
    (result.problems || []).forEach(p => {
      boxFor(p.path).appendChild(el("p", "problem " + p.severity, p.severity + ": " + p.message));
      const control = controlFor(p.path);
      if (control && p.severity === "error") control.setAttribute("aria-invalid", "true");
    });
    (result.findings || []).forEach(f => {
      const box = boxFor(f.path);
      const note = el("div", "finding");
      note.appendChild(el("p", "", (KIND_NAMES[f.kind] || f.kind) + ": " + f.message + " → " + f.suggestion));
      if (f.fix && f.fix.safe) {
        const apply = el("button", "apply", "Apply: " + f.fix.description);
        apply.type = "button";
        apply.addEventListener("click", () => {
          const control = controlFor(f.path);
          if (!control) return;
          control.value = f.fix.new;
          control.focus();
          say("Applied: " + f.fix.description);
          scheduleCheck(true, 0);
        });
        note.appendChild(apply);
      }
      box.appendChild(note);
      const control = controlFor(f.path);
      const markBox = control && control.closest(".field") && control.closest(".field").querySelector(".marked");
      if (markBox && f.spans && f.spans.length) {
        const spans = (markBox._spans || []).concat(f.spans);
        markBox._spans = spans;
        markBox.replaceChildren(el("span", "marked-label", "Marked words: "), marked(control.value, spans));
        markBox.hidden = false;
      }
    });
    form.querySelectorAll(".marked").forEach(box => { box._spans = []; });
    const problems = result.problems || [];
    const errors = problems.filter(p => p.severity === "error").length;
    const warnings = problems.length - errors;
    const findings = (result.findings || []).length;
    let text = plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(findings, "language finding") + ".";
    if (!result.fits) text += " Language checks and the preview start once every required field is filled in.";
    statusBox.textContent = text;
    const dates = document.getElementById("dates");
    dates.replaceChildren();
    const latest = document.getElementById("latest-lawful");
    latest.textContent = "";
    (result.dates || []).forEach(d => {
      dates.appendChild(el("dt", "", d.label));
      dates.appendChild(el("dd", "", d.date));
      if (d.key === "next_review_latest") {
        latest.textContent = "The latest lawful date for the next review is " + d.date + ".";
        const input = controlFor("next_review.date");
        if (input) input.max = d.date;
      }
    });
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function say(text) { statusBox.textContent = text; }

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

  // ---- the preview: the recipient's real copy, made by the server
  function updateRecipients() {
    const chosen = previewFor.value;
    const options = [];
    let hasChild = false;
    form.querySelectorAll('[data-list="distribution"] > [data-row]').forEach((row, i) => {
      const role = row.querySelector('[data-rel="role"]').value;
      const who = row.querySelector('[data-rel="name"]').value;
      if (role === "child") hasChild = true;
      options.push([String(i + 1), (who || "(no name)") + " (" + role.replace("_", " ") + ")"]);
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
      const about = res.body.recipient ? "Copy for " + res.body.recipient + ", in " + res.body.language +
        ", written for the " + res.body.band.replace("_", " ") + " age band." : "";
      previewAbout.textContent = [about, res.body.notice || ""].join(" ").trim();
      previewBox.dataset.ready = String(seq);
    });
  }

  // ---- saving
  const conflictBox = document.getElementById("conflict");

  function saved(res) {
    version = res.body.version;
    form.dataset.version = version;
    conflictBox.hidden = true;
    conflictBox.replaceChildren();
    say("Saved at " + res.body.saved_at + ".");
  }

  function save(extra) {
    alertBox.replaceChildren();
    const body = Object.assign({data: collect(), version: version, session: session}, extra || {});
    return post("save", body).then(res => {
      if (res.status === 200) {
        saved(res);
        if (extra && extra.choices) window.location.reload();  // the form now shows the merged file
      } else if (res.status === 409 && res.body.differences) {
        showConflict(res.body);
      } else if (res.status === 409) {
        alertBox.appendChild(el("p", "", res.body.message || res.body.error));
      } else {
        alertBox.appendChild(el("p", "", "Not saved: " + (res.body.error || "the server refused")));
      }
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

  function renderAll() {
    alertBox.replaceChildren();
    say("Making every copy from the saved file...");
    return post("render", {}).then(res => {
      if (res.status !== 200) { alertBox.appendChild(el("p", "", res.body.error || "The copies could not be made.")); say(""); return; }
      const list = el("ul", "written");
      res.body.written.forEach(w => list.appendChild(el("li", "", w.file + " (" + w.recipient + ", " + w.role.replace("_", " ") + ")")));
      statusBox.replaceChildren(el("p", "", "Wrote " + plural(res.body.written.length, "copy").replace("copys", "copies") + ":"), list);
    });
  }

  // ---- events
  form.addEventListener("input", () => scheduleCheck(true));
  form.addEventListener("change", () => scheduleCheck(true));
  form.addEventListener("submit", e => { e.preventDefault(); save(); });
  form.addEventListener("click", e => {
    const button = e.target.closest("button[data-action]");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "add") {
      const target = button.dataset.listTarget;
      const list = form.querySelector('[data-list="' + CSS.escape(target) + '"]');
      const template = form.querySelector('template[data-template-for="' + CSS.escape(target) + '"]');
      const row = template.content.firstElementChild.cloneNode(true);
      list.appendChild(row);
      renumber();
      const first = row.querySelector("input:not([type=checkbox]), textarea, select");
      if (first) first.focus();
      say("Added row " + list.children.length + ".");
    } else {
      const row = button.closest("[data-row]");
      const list = row.parentElement;
      if (action === "up" && row.previousElementSibling) list.insertBefore(row, row.previousElementSibling);
      else if (action === "down" && row.nextElementSibling) list.insertBefore(row.nextElementSibling, row);
      else if (action === "remove") {
        const next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        renumber();
        const focus = next ? next.querySelector("textarea, input, select") : list.parentElement.querySelector('[data-action="add"]');
        if (focus) focus.focus();
        say("Removed.");
        scheduleCheck(true);
        return;
      }
      renumber();
      button.focus();
      say("Moved to place " + (Array.from(list.children).indexOf(row) + 1) + ".");
    }
    scheduleCheck(true);
  });
  previewFor.addEventListener("change", runPreview);
  document.getElementById("save").addEventListener("click", () => save());
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

  renumber();
  runCheck();
})();
