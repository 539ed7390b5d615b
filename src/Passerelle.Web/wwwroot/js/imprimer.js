// Shows the "Imprimer" buttons (hidden without script: Ctrl + P does the same) and prints the page on click.
document.querySelectorAll("[data-imprimer]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
