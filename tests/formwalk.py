"""Every form class our apps define, for tests that hold a rule over all of them."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from django import forms


def our_form_classes() -> list[type[forms.BaseForm]]:
    """Every form class our code defines: the modules that define forms are imported, then
    the subclasses of BaseForm are walked."""
    import collaboratory

    for info in pkgutil.walk_packages(collaboratory.__path__, "collaboratory."):
        if info.name.endswith(("forms", "views")):
            importlib.import_module(info.name)
    found: list[type[forms.BaseForm]] = []
    pending = list(forms.BaseForm.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("collaboratory.") and not inspect.isabstract(cls):
            found.append(cls)
    return sorted(set(found), key=lambda c: f"{c.__module__}.{c.__qualname__}")
