"""Django's form templates, drawn in Python: the same markup, byte for byte, at a fraction
of the cost (issue #20, goal 1).

Pages that show many fields (the review board has six per proposal) spent most of their
time in Django's widget templates: a `<select>` of six choices renders ten small templates,
and a field group three more (the group, its label, its errors), ~0.4 ms a field. This
renderer is `FORM_RENDERER`: for the stock templates below it writes the markup in Python
from the very context Django prepares (so `required`, `aria-invalid`, `aria-describedby`,
labels, help text and error lists come from Django's own code), and for anything else, or
any stock template a project or app overrides, it renders the template as before.
`tests/test_formrender.py` holds the two renderers to the same output, character for
character, over every widget and state drawn here.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import django.forms
from django.forms.renderers import DjangoTemplates
from django.utils.formats import localize
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeData, SafeString
from django.utils.timezone import template_localtime  # type: ignore[attr-defined]

STOCK_DIR = str(Path(django.forms.__file__).parent / "templates") + "/"
INPUT_TEMPLATES = [
    f"django/forms/widgets/{name}.html"
    for name in (
        "input checkbox color date datetime email file hidden number password search tel "
        "text time url"
    ).split()
]
OPTION_TEMPLATE = "django/forms/widgets/select_option.html"


def _out(value: Any) -> str:
    """`{{ value }}`: localized, then escaped unless safe (Django's render_value_in_context)."""
    if type(value) is str:  # most values: nothing to localize, and no lazy-aware wrapper
        return SafeString(html.escape(value))
    value = localize(template_localtime(value))
    if not isinstance(value, str):
        value = str(value)
    return conditional_escape(value)


def _format(value: Any) -> str:
    """`{{ value|stringformat:'s' }}`: the filter keeps safe input safe, the rest is escaped."""
    if type(value) is str:
        return SafeString(html.escape(value))
    try:
        text = "%s" % value  # noqa: UP031 (the filter's own formatting, None included)
    except (ValueError, TypeError):
        return ""
    return text if isinstance(value, SafeData) else escape(text)


def _attrs(attrs: Mapping[str, Any]) -> str:
    """django/forms/attrs.html and widgets/attrs.html."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            parts.append(f" {_out(name)}")
        else:
            parts.append(f' {_out(name)}="{_format(value)}"')
    return "".join(parts)


def _input(context: Mapping[str, Any]) -> str:
    widget = context["widget"]
    value = widget["value"]
    shown = f' value="{_format(value)}"' if value is not None else ""
    return (
        f'<input type="{_out(widget["type"])}" name="{_out(widget["name"])}"{shown}'
        f"{_attrs(widget['attrs'])}>"
    )


def _textarea(context: Mapping[str, Any]) -> str:
    widget = context["widget"]
    value = _out(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{_out(widget["name"])}"{_attrs(widget["attrs"])}>\n{value}</textarea>'


def _select(context: Mapping[str, Any]) -> str | None:
    widget = context["widget"]
    parts = [f'<select name="{_out(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_out(group_name)}">')
        for option in group_choices:
            if option["template_name"] != OPTION_TEMPLATE:
                return None
            parts.append(
                f'\n  <option value="{_format(option["value"])}"{_attrs(option["attrs"])}>'
                f"{_out(option['label'])}</option>\n"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _label(context: Mapping[str, Any]) -> str:
    label = _out(context["label"])
    if not context["use_tag"]:
        return label
    tag = _out(context["tag"])
    return f"<{tag}{_attrs(context['attrs'] or {})}>{label}</{tag}>"


def _errors(context: Mapping[str, Any]) -> str:
    errors = context["errors"]
    if not errors:
        return ""
    field_id = getattr(errors, "field_id", None)
    shown_id = f' id="{_out(field_id)}_error"' if field_id else ""
    items = "".join(f"<li>{_out(error)}</li>" for error in errors)
    return f'<ul class="{_out(context["error_class"])}"{shown_id}>{items}</ul>'


def _field(context: Mapping[str, Any]) -> str:
    field = context["field"]
    if field.use_fieldset:
        described = field.aria_describedby
        described = f' aria-describedby="{_out(described)}"' if described else ""
        legend = _out(field.legend_tag()) if field.label else ""
        head = f"\n  <fieldset{described}>\n  {legend}\n"
    else:
        head = f"\n  {_out(field.label_tag()) if field.label else ''}\n"
    help_text = ""
    if field.help_text:
        shown_id = f' id="{_out(field.auto_id)}_helptext"' if field.auto_id else ""
        help_text = f'<div class="helptext"{shown_id}>{field.help_text}</div>'
    tail = "</fieldset>" if field.use_fieldset else ""
    return f"{head}\n{help_text}\n{_out(field.errors)}\n{_out(field)}{tail}\n".strip()


def _hidden(fields: list[Any]) -> str:
    return "".join(_out(field) for field in fields)


def _div(context: Mapping[str, Any]) -> str:
    errors, fields, hidden = context["errors"], context["fields"], context["hidden_fields"]
    parts = [f"{_out(errors)}\n"]
    if errors and not fields:
        parts.append(f"\n  <div>{_hidden(hidden)}</div>\n")
    parts.append("\n")
    for position, (field, _field_errors) in enumerate(fields, start=1):
        classes = field.css_classes()
        shown = f' class="{_out(classes)}"' if classes else ""
        parts.append(f"\n  <div{shown}>\n    {_out(field.as_field_group())}\n    ")
        if position == len(fields):
            parts.append(f"\n      {_hidden(hidden)}\n    ")
        parts.append("\n</div>\n")
    parts.append("\n")
    if not fields and not errors:
        parts.append(f"\n  {_hidden(hidden)}\n")
    return "".join(parts).strip()


DRAWN: dict[str, Callable[[Mapping[str, Any]], str | None]] = {
    "django/forms/div.html": _div,
    "django/forms/field.html": _field,
    "django/forms/label.html": _label,
    "django/forms/errors/list/default.html": _errors,
    "django/forms/errors/list/ul.html": _errors,
    "django/forms/widgets/select.html": _select,
    "django/forms/widgets/textarea.html": _textarea,
    **dict.fromkeys(INPUT_TEMPLATES, _input),
}


class FormRenderer(DjangoTemplates):
    """Django's default renderer, with the stock templates in `DRAWN` drawn in Python."""

    def __init__(self) -> None:
        super().__init__()
        self._stock: dict[str, bool] = {}

    def _is_stock(self, template_name: str) -> bool:
        """Whether the engine would load Django's own file for this name (no override)."""
        stock = self._stock.get(template_name)
        if stock is None:
            template = self.get_template(template_name)
            origin = getattr(getattr(template, "origin", None), "name", "")
            stock = str(origin).startswith(STOCK_DIR)
            if stock and template_name == "django/forms/widgets/select.html":
                stock = self._is_stock(OPTION_TEMPLATE)
            self._stock[template_name] = stock
        return stock

    def render(self, template_name: str, context: Any, request: Any = None) -> str:
        draw = DRAWN.get(template_name)
        if draw is not None and self._is_stock(template_name):
            drawn = draw(context)
            if drawn is not None:
                return drawn.strip()  # as Django strips every template's output
        return super().render(template_name, context, request)
