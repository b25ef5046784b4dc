// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.getElementById("only-one-sided");
  if (toggle) {
    toggle.addEventListener("click", () => {
      const on = document.body.classList.toggle("only-one-sided");
      toggle.setAttribute("aria-pressed", String(on));
      toggle.textContent = on ? "Show all sentences" : "Show only one-sided";
    });
  }
  document.querySelectorAll("button[data-confirm]").forEach((button) => {
    button.addEventListener("click", (event) => {
      if (!window.confirm(button.dataset.confirm)) event.preventDefault();
    });
  });
});
