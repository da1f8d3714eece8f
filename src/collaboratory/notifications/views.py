"""A person's email choices (under /me/, their own only) and the one-click unsubscribe link
every non-essential email carries (RFC 8058)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from collaboratory.networks.mail import in_language_of, unsubscribe_token_parse
from collaboratory.networks.models import Delivery, MailKind
from collaboratory.networks.selectors import notification_choices_of
from collaboratory.networks.services import notification_preferences_set
from collaboratory.notifications.forms import PreferencesForm
from collaboratory.people.models import User


@never_cache
@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    form = PreferencesForm(
        request.POST if request.method == "POST" else None,
        initial=notification_choices_of(user=user),
    )
    if form.is_bound and form.is_valid():
        try:
            notification_preferences_set(user=user, choices=form.cleaned_data)
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                form.add_error(field if field in form.fields else None, problems)
        else:
            messages.success(request, _("Saved: your email choices apply from now on."))
            return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})


def _link_page(
    request: HttpRequest,
    template: str,
    context: dict,
    status: int = 200,
    *,
    reader: User | None = None,
) -> HttpResponse:
    """`reader`: the person the email went to; the page answers in their language, as the
    email did, whatever browser or mail client opens the link."""
    if reader is None:
        response = render(request, template, context, status=status)
    else:
        with in_language_of(reader):
            response = render(request, template, context, status=status)
            response["Content-Language"] = translation.get_language()
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "no-store"
    return response


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks (link scanners open links; nothing changes); POST turns the kind off for the
    person the email went to. Mail clients POST `List-Unsubscribe=One-Click` with no cookie,
    so no CSRF token: the signed token is the secret, and all it can do is turn one kind of
    email off for that one person. A token we did not sign gets the 404 page."""
    parsed = unsubscribe_token_parse(token)
    if parsed is None:
        return _link_page(request, "notifications/unsubscribe_unknown.html", {}, status=404)
    user, kind = parsed[0], MailKind(parsed[1])
    # Turning the digest off turns off what waited for it (networks' service): both pages
    # name those kinds, so nothing stops without a word.
    waiting = (
        [
            MailKind(k).label
            for k, delivery in notification_choices_of(user=user).items()
            if delivery == Delivery.DIGEST
        ]
        if kind == MailKind.DIGESTS
        else []
    )
    context = {"kind": kind, "token": token, "waiting": waiting}
    if request.method != "POST":  # GET, and HEAD from link scanners
        return _link_page(request, "notifications/unsubscribe.html", context, reader=user)
    if request.POST.get("List-Unsubscribe") != "One-Click":
        with in_language_of(user):
            error = _("Use the button below: it sends what this link expects.")
        return _link_page(
            request,
            "notifications/unsubscribe.html",
            {**context, "error": error},
            status=400,
            reader=user,
        )
    notification_preferences_set(user=user, choices={kind.value: Delivery.OFF}, via="unsubscribe")
    return _link_page(request, "notifications/unsubscribe_done.html", context, reader=user)
