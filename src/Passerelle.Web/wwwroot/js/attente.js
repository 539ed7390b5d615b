// Forms marked data-attente: once submitted, the button is disabled (no second submission) and the form's status line
// says the server is working. Without script the form works the same, without the message.
document.querySelectorAll("form[data-attente]").forEach(function (form) {
  form.addEventListener("submit", function () {
    var status = form.querySelector(".attente");
    if (status) status.hidden = false;
    form.querySelectorAll("button[type=submit]").forEach(function (b) {
      setTimeout(function () { b.disabled = true; }, 0);
    });
  });
});
