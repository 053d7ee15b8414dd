// The list of records: undo a delete (the record comes back from the folder's bin).
"use strict";
(function () {
  const error = document.getElementById("list-error");
  document.querySelectorAll("[data-undo]").forEach(button => button.addEventListener("click", () => {
    fetch("/api/undo-delete", {method: "POST", credentials: "same-origin", headers: {"Content-Type": "application/json"},
                               body: JSON.stringify({bin: button.dataset.undo})})
      .then(r => r.json().then(body => ({status: r.status, body})))
      .then(res => {
        if (res.status === 200) window.location.assign(res.body.url);
        else error.textContent = res.body.error || "The record could not be put back.";
      });
  }));
})();
