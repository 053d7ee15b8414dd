"use strict";
(function () {
  const form = document.getElementById("new-record");
  const error = document.getElementById("new-name-error");
  form.addEventListener("submit", e => {
    e.preventDefault();
    error.textContent = "";
    fetch("/api/new", {method: "POST", credentials: "same-origin", headers: {"Content-Type": "application/json"},
                       body: JSON.stringify({name: document.getElementById("new-name").value})})
      .then(r => r.json().then(body => ({status: r.status, body})))
      .then(res => {
        if (res.status === 200) window.location.assign(res.body.url);
        else error.textContent = res.body.error || "The record could not be started.";
      });
  });
})();
