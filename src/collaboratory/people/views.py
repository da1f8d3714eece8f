"""A person's own pages: profile with offered assets, private self-description."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from collaboratory.audit.services import audit_record
from collaboratory.people.forms import OfferedAssetForm, ProfileForm, SelfDescriptionForm
from collaboratory.people.models import User
from collaboratory.people.selectors import (
    account_delete_refusals,
    offered_assets_of,
    personal_data_of,
    profile_of,
    self_description_of,
)
from collaboratory.people.services import (
    account_delete,
    offered_asset_add,
    offered_asset_remove,
    profile_photo_remove,
    profile_photo_set,
    profile_update,
    self_description_set,
    self_description_withdraw,
    user_language_set,
)
from collaboratory.sameorigin import same_origin_post


def _attach(
    form: ProfileForm | OfferedAssetForm | SelfDescriptionForm, error: ValidationError
) -> None:
    for field, errors in error.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    current = profile_of(user=user)
    profile_form = ProfileForm(
        request.POST if request.POST.get("form") == "profile" else None,
        initial={
            "bio": current.bio if current else "",
            "issue_areas": ", ".join(current.issue_areas) if current else "",
            "city": user.city,
            "region": user.region,
            "language": user.language,
        },
    )
    asset_form = OfferedAssetForm(request.POST if request.POST.get("form") == "asset" else None)
    photo_error = ""
    if request.method == "POST" and request.POST.get("form") == "photo":
        try:
            if request.POST.get("remove"):
                profile_photo_remove(user=user)
            elif "photo" not in request.FILES:
                raise ValidationError({"photo": _("Photo: choose a picture to upload.")})
            else:
                profile_photo_set(user=user, upload=request.FILES["photo"])
        except ValidationError as error:
            photo_error = " ".join(error.message_dict["photo"])
        else:
            messages.success(request, _("Photo saved."))
            return redirect("people:profile")
    if profile_form.is_bound and profile_form.is_valid():
        try:
            fields = dict(profile_form.cleaned_data)
            language = fields.pop("language")
            profile_update(user=user, **fields)
            user_language_set(user=user, language=language)
        except ValidationError as error:
            _attach(profile_form, error)
        else:
            translation.activate(language or get_language_from_request(request))
            messages.success(request, _("Profile saved."))
            return redirect("people:profile")
    if asset_form.is_bound and asset_form.is_valid():
        try:
            offered_asset_add(user=user, **asset_form.cleaned_data)
        except ValidationError as error:
            _attach(asset_form, error)
        else:
            messages.success(request, _("Offer added."))
            return redirect("people:profile")
    return render(
        request,
        "people/profile.html",
        {
            "profile_form": profile_form,
            "asset_form": asset_form,
            "assets": offered_assets_of(user=user),
            "has_photo": bool(current and current.photo),
            "photo_error": photo_error,
        },
    )


@require_POST
@login_required
def asset_remove(request: HttpRequest, asset_id: int) -> HttpResponse:
    offered_asset_remove(user=request.user, asset_id=asset_id)  # type: ignore[arg-type]
    messages.success(request, _("Offer removed."))
    return redirect("people:profile")


@never_cache
@login_required
def self_description(request: HttpRequest) -> HttpResponse:
    """Only ever shows the signed-in person's own values; there is no way to name another."""
    user: User = request.user  # type: ignore[assignment]
    if user.is_minor:
        return render(request, "people/self_description.html", {"offered": False})
    if request.method == "POST" and request.POST.get("action") == "withdraw":
        self_description_withdraw(user=user)
        messages.success(request, _("Consent withdrawn: your answers are deleted."))
        return redirect("people:self_description")
    record = self_description_of(user=user)
    initial: dict[str, object] = {"ideology": ""}
    if record is not None:
        initial = {
            "race_ethnicity": record.race_ethnicity,
            "race_self_described": record.race_self_described,
            "ideology": record.ideology or "",
            "consent": True,
        }
    form = SelfDescriptionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            self_description_set(
                user=user,
                race_ethnicity=data["race_ethnicity"],
                race_self_described=data["race_self_described"],
                ideology=data["ideology"],
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(request, _("Saved. Only you can see these answers."))
            return redirect("people:self_description")
    return render(
        request,
        "people/self_description.html",
        {"offered": True, "form": form, "record": record},
    )


@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    """Export my data as JSON; delete my account."""
    user: User = request.user  # type: ignore[assignment]
    error = ""
    status = 200
    if request.method == "POST":
        try:
            account_delete(
                user=user, confirm_email=request.POST.get("confirm_email", ""), request=request
            )
        except ValidationError as problem:
            error = " ".join(problem.message_dict.get("confirm_email", []))
            status = 400
        else:
            # The account is gone: end the session without the logout signal, which would
            # write an audit row naming the deleted person.
            request.session.flush()
            request.user = AnonymousUser()
            messages.success(request, _("Your account is deleted."))
            return redirect("web:home")
    # What stops the deletion (the last steward of a network), shown before the form.
    refusals = account_delete_refusals(user=user)
    return render(
        request,
        "people/my_data.html",
        {"error": error, "refusals": refusals},
        status=status,
    )


@never_cache
@login_required
def my_data_export(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    data = personal_data_of(user=user)
    audit_record(action="data.exported", actor=user, request=request)
    response = JsonResponse(data, json_dumps_params={"indent": 2})
    response["Content-Disposition"] = 'attachment; filename="my-collaboratory-data.json"'
    return response


@csrf_exempt  # checked by same_origin_post: it sits on pages sent without a referrer too
@require_POST
def language_switch(request: HttpRequest) -> HttpResponse:
    """The footer's switcher: Django's set_language (cookie, then back to the page), and for a
    signed-in member the choice is also saved, so it follows them to other devices and emails.
    On a page sent with `Referrer-Policy: no-referrer` (an invitation, a pass) the browser
    posts `Origin: null`, which Django's check refused with a bare 403: a Spanish speaker
    could not switch language on their own invitation or pass."""
    if not same_origin_post(request):
        return HttpResponseForbidden(_("This form must be sent from this site."))
    response = set_language(request)
    code = request.POST.get("language", "")
    if request.user.is_authenticated and code in dict(settings.LANGUAGES):
        user_language_set(user=request.user, language=code)
    return response
