// The one script of tracker's web pages: ask before a form marked data-confirm is sent
// (rejecting a statement deletes it). Pages work without it.
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
