// Two repairs of PrimeFaces' markup for screen readers, in the page as loaded and in whatever an
// ajax update brings:
// - the calendar button of a date field holds a hidden text "ui-button", read instead of the
//   button's name ("选择日期"): the name takes its place;
// - the file field of an upload is marked aria-hidden although it is the control one focuses and
//   uses: the mark goes.
(function () {
    function repair() {
        document.querySelectorAll('input[type=file][aria-hidden]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
        document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
            var text = button.querySelector('.ui-button-text');
            var name = button.getAttribute('aria-label');
            if (text && name && text.textContent !== name) {
                text.textContent = name;
            }
        });
    }
    new MutationObserver(repair).observe(document.documentElement,
        {childList: true, subtree: true, attributes: true, attributeFilter: ['aria-hidden']});
    document.addEventListener('DOMContentLoaded', repair);
})();
