// A little help on top of plain HTML; every page works without it.
// Clicking a field's source scrolls to the line of the mail it came from and marks it.
"use strict";
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.source-link");
  if (!link) return;
  const target = document.getElementById(link.dataset.target || "");
  if (!target) return;
  event.preventDefault();
  document.querySelectorAll(".hit").forEach((el) => el.classList.remove("hit"));
  target.classList.add("hit");
  target.scrollIntoView({ behavior: "smooth", block: "center" });
  history.replaceState(null, "", "#" + target.id);
});
// "/" jumps to the queue's search box, as in many web apps.
document.addEventListener("keydown", (event) => {
  const box = document.getElementById("search");
  if (event.key === "/" && box && document.activeElement !== box && !event.target.closest("input, textarea, select")) {
    event.preventDefault();
    box.focus();
  }
});
