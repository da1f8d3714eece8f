"""Links in follow-through: checking the ones people give, building the ones emails carry."""

from __future__ import annotations

from typing import Any

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.urls import reverse
from django.utils.translation import gettext as _


def link_checked(value: str, errors: dict[str, list[str]], field: str = "link") -> str:
    """A web link as given (stripped), or "" for none; a bad one adds its message to
    `errors[field]`."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        errors[field] = [_("The link must be a full web address starting with https://.")]
    if len(value) > 200:
        errors[field] = [_("Keep the link under 200 characters.")]
    return value


def site_link(name: str, **kwargs: Any) -> str:
    """The full address of one of our pages, for an email."""
    return django_settings.SITE_URL + reverse(name, kwargs=kwargs)
