// Generated from spec/ by `python -m generator`; do not edit.
// Narrow screens show each table row as a card (extra.css); this gives every cell its column's name.
document.querySelectorAll(".md-typeset table:not([class])").forEach((table) => {
  const names = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
  table.querySelectorAll("tbody tr").forEach((row) => {
    [...row.cells].forEach((cell, i) => cell.setAttribute("data-label", names[i] || ""));
  });
});
