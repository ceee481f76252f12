/* Suggestions as you type for every search field (ARIA 1.2 combobox with a listbox popup).
 * Without JavaScript the field is a plain search field. Arrow keys move through the
 * suggestions, Enter opens the chosen one, Escape closes the list (keeping the text); the
 * number of suggestions is announced in a polite live region. */
(function () {
    "use strict";

    function setup(input) {
        var list = document.getElementById(input.getAttribute("aria-controls"));
        var status = input.parentNode.querySelector("[data-autocomplete-status]");
        var url = input.getAttribute("data-suggestions-url");
        var items = [];
        var active = -1;
        var timer = null;
        var latest = 0;

        function close() {
            list.hidden = true;
            list.textContent = "";
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            items = [];
            active = -1;
        }

        function highlight(index) {
            items.forEach(function (item, position) {
                item.setAttribute("aria-selected", position === index ? "true" : "false");
            });
            active = index;
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", items[index].id);
                items[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function show(suggestions) {
            close();
            suggestions.forEach(function (suggestion, position) {
                var option = document.createElement("li");
                option.id = list.id + "-" + position;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.dataset.url = suggestion.url;
                var title = document.createElement("span");
                title.textContent = suggestion.title;
                option.appendChild(title);
                if (suggestion.subtitle) {
                    var subtitle = document.createElement("span");
                    subtitle.className = "autocomplete__subtitle";
                    subtitle.textContent = " " + suggestion.subtitle;
                    option.appendChild(subtitle);
                }
                var kind = document.createElement("span");
                kind.className = "autocomplete__kind";
                kind.textContent = " (" + suggestion.kind + ")";
                option.appendChild(kind);
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.href = suggestion.url;
                });
                list.appendChild(option);
                items.push(option);
            });
            if (status) {
                status.textContent = list.getAttribute("aria-label") + ": " + items.length;
            }
            if (items.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query.length < 2) {
                close();
                return;
            }
            var request = ++latest;
            fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) { if (request === latest) { show(data.suggestions); } })
                .catch(close);
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(fetchSuggestions, 150);
        });
        input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowDown" && items.length) {
                event.preventDefault();
                highlight((active + 1) % items.length);
            } else if (event.key === "ArrowUp" && items.length) {
                event.preventDefault();
                highlight(active <= 0 ? items.length - 1 : active - 1);
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.href = items[active].dataset.url;
            } else if (event.key === "Escape" && !list.hidden) {
                // Closes the list and keeps the text; a second Escape clears the field.
                event.preventDefault();
                close();
            }
        });
        input.addEventListener("blur", function () { setTimeout(close, 100); });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("input[role='combobox'][data-suggestions-url]").forEach(setup);
    });
})();
