"""Member profiles and introductions. A profile is shown to fellow members of the network
for exactly the people the directory shows them (404 for anyone else, another network's
included); it carries no contact details, and a read of a minor's profile is audited. Asking
for an introduction emails the member only between adults who agreed to be written to;
otherwise the stewards introduce them from their list."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from collaboratory.matching.models import IntroductionRoute, IntroductionStatus
from collaboratory.matching.profile_forms import (
    IntroductionConsentForm,
    IntroductionDecisionForm,
    IntroductionForm,
)
from collaboratory.matching.selectors_asks import LIVE_FOR, presenter_open_asks
from collaboratory.matching.selectors_profiles import (
    INTRODUCTIONS_PER_DAY,
    holds_back,
    introduction_consent_of,
    introduction_deciders,
    introduction_of,
    introductions_asked,
    introductions_for_stewards,
    profile_help,
    profile_member,
    profile_projects,
    proposals_of,
    shared_gatherings,
)
from collaboratory.matching.services_profiles import (
    Introduced,
    IntroductionOutcome,
    introduction_consent_set,
    introduction_decide,
    introduction_request,
    introduction_rest_message,
    introduction_withdraw,
    profile_read_record,
)
from collaboratory.networks import pagecache
from collaboratory.networks.forms import attach_errors
from collaboratory.networks.http import NetworkRequest, network_view
from collaboratory.networks.models import Membership
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import membership_for, stewards_of_network
from collaboratory.networks.services.adulthood import ADULT_BAND, youth_member_comes_of_age

# What the requester reads of each of their requests, on the profile they asked from.
REQUEST_STATE: dict[str, Any] = {
    IntroductionStatus.PENDING: gettext_lazy("waiting for a steward"),
    IntroductionStatus.DONE: gettext_lazy("introduced"),
    IntroductionStatus.DECLINED: gettext_lazy("declined"),
    IntroductionStatus.SENT: gettext_lazy("emailed to them"),
    IntroductionStatus.WITHDRAWN: gettext_lazy("withdrawn by you"),
}


def _member_or_404(request: NetworkRequest, membership_id: int) -> Membership:
    member = profile_member(network=request.network, membership_id=membership_id)
    if member is None:
        raise Http404(_("No such member in this network's directory."))
    return member


def _profile_context(
    request: NetworkRequest,
    member: Membership,
    form: IntroductionForm | None = None,
    key: str = "",
) -> dict[str, Any]:
    network, viewer, person = request.network, request.user, member.user
    own = person.pk == viewer.pk
    steward = request.membership.is_steward
    direct = (
        not own
        and not viewer.is_minor
        and not person.is_minor
        and bool(getattr(member, "intro_consent", False))
    )
    proposals = proposals_of(network=network, user=person)
    asks = presenter_open_asks(
        network=network, proposals=proposals, today=date_in(network, timezone.now())
    )
    return {
        "open_asks": asks,
        "network": network,
        "member": member,
        "person": person,
        "person_name": person.full_name,
        "own": own,
        # The breakdown by kept and open is the ledger's, shown to the person and stewards.
        "ledger_detail": own or steward,
        "projects": profile_projects(
            network=network, user=person, private_too=own or steward, proposals=proposals
        ),
        "help": profile_help(network=network, user=person, proposals=proposals),
        "intro_form": form or IntroductionForm(),
        # The form's idempotency key: a fresh one per page, the sent one on a form sent back.
        "intro_key": key or str(uuid.uuid4()),
        "intro_direct": direct,
        "consent_form": IntroductionConsentForm(
            initial={"consent": own and introduction_consent_of(network=network, user=viewer)}
        ),
        "per_day": INTRODUCTIONS_PER_DAY,
    }


def _my_requests(request: NetworkRequest, person_id: int, name: str) -> dict[str, Any]:
    """The viewer's requests to meet this person, each with its day (the network's
    calendar) and what became of it: nothing tells them on any other page; and, while one
    holds back another (`holds_back`), when they may ask again, said before they type a
    note the service would refuse. One query."""
    if person_id == request.user.pk:
        return {"my_requests": [], "rest_note": ""}
    rows = introductions_asked(network=request.network, requester=request.user, target_id=person_id)
    now = timezone.now()
    resting = next((r for r in rows if holds_back(r, now=now)), None)
    if resting is not None:
        note = introduction_rest_message(resting, network=request.network, name=name)
    elif any(r.status == IntroductionStatus.PENDING for r in rows):
        # The service refuses another request while this one waits (`introduction_waiting`).
        note = _(
            "Your request to meet %(name)s is waiting for the stewards, who will introduce "
            "you. You can write again here once they have answered, or once you withdraw it."
        ) % {"name": name}
    else:
        note = ""
    return {
        "my_requests": [
            {
                "day": date_in(request.network, r.created_at),
                "state": REQUEST_STATE[r.status],
                # A request still waiting can be taken back from here (`introduction_withdraw`).
                "pk": r.pk if r.status == IntroductionStatus.PENDING else None,
            }
            for r in rows
        ],
        "rest_note": note,
        "network": request.network,
    }


def _whole_page(request: NetworkRequest, member: Membership, **kwargs: Any) -> HttpResponse:
    """The profile rendered afresh: one's own, or a form sent back with errors."""
    context = _profile_context(
        request, member, form=kwargs.pop("form", None), key=kwargs.pop("key", "")
    )
    context["gatherings"] = shared_gatherings(
        network=request.network, viewer=request.user, person=member.user
    )
    context.update(_my_requests(request, member.user_id, member.user.full_name))
    return render(request, "matching/profiles/profile.html", context, **kwargs)


def _shared_part(request: NetworkRequest, membership_id: int) -> dict[str, Any]:
    """A fellow member's profile as everyone of the viewer's class sees it, with a slot
    for the gatherings the viewer and the person both attended; or that there is none."""
    member = profile_member(network=request.network, membership_id=membership_id)
    if member is None:
        return {"missing": True}
    context = _profile_context(request, member)
    context.update(
        gatherings_slot=pagecache.slot("gatherings", ""),
        intro_key_slot=pagecache.slot("intro_key", ""),
        intro_asked_slot=pagecache.slot("intro_asked", ""),
        csrf_token=pagecache.csrf_placeholder(),
    )
    asks = context["open_asks"]
    return {
        "missing": False,
        # The person's open asks leave at the end of their project's six months too, which
        # no write marks (the day is in the key, for an ask's date passing).
        "until": min(a.proposal.gathering.starts_at for a in asks) + LIVE_FOR if asks else None,
        "html": render_to_string("matching/profiles/profile.html#page", context),
        "name": member.user.full_name,
        "user_id": member.user_id,
        "is_minor": member.user.is_minor,
    }


@network_view("matching.view_profiles")
def profile(request: NetworkRequest, network_slug: str, membership_id: int) -> HttpResponse:
    """A member's profile. A fellow member's is the same for everyone of one visibility
    class (steward or not, minor or adult: what the ledger and the introduction form show),
    so it is kept per class and content version (networks.pagecache), in each process's
    memory; the audited read of a minor's profile is recorded on every view all the same."""
    network, viewer = request.network, request.user
    if membership_id == request.membership.pk:
        member = _member_or_404(request, membership_id)
        return _whole_page(request, member)
    now = timezone.now()
    entry = pagecache.get_or_render(
        pagecache.shared_key("profile", request, membership_id, date_in(network, now)),
        lambda: _shared_part(request, membership_id),
        fresh=lambda entry: entry.get("until") is None or now < entry["until"],
        seconds=pagecache.SHARED_SECONDS,
        shared=False,  # one per member and class: this process's memory only
    )
    if entry["missing"]:
        raise Http404(_("No such member in this network's directory."))
    profile_read_record(
        network=network,
        viewer=viewer,
        membership_id=membership_id,
        person_id=entry["user_id"],
        person_is_minor=entry["is_minor"],
    )
    both = shared_gatherings(network=network, viewer=viewer, person_id=entry["user_id"])
    mine = render_to_string(
        "matching/profiles/profile.html#gatherings", {"gatherings": both, "own": False}
    )
    html = pagecache.fill_slots(str(entry["html"]), "gatherings", {"": mine})
    # Each page its own key (never cached): one form, one request, however often it is sent.
    key = render_to_string(
        "matching/profiles/profile.html#intro_key", {"intro_key": str(uuid.uuid4())}
    )
    html = pagecache.fill_slots(html, "intro_key", {"": key})
    requests = _my_requests(request, entry["user_id"], entry["name"])
    # Most viewers never asked to meet this member: nothing to render. Its "Withdraw" form
    # carries the placeholder, which `with_csrf` below turns into the request's own token
    # (rendering it with the request ran every context processor, the menu's permission
    # checks included, a second time per view).
    asked = (
        render_to_string(
            "matching/profiles/profile.html#intro_asked",
            {**requests, "csrf_token": pagecache.csrf_placeholder()},
        )
        if requests["my_requests"] or requests["rest_note"]
        else ""
    )
    html = pagecache.fill_slots(html, "intro_asked", {"": asked})
    return render(
        request,
        "matching/profiles/profile.html",
        {"page": pagecache.with_csrf(request, html), "person_name": entry["name"]},
    )


@network_view("matching.request_introduction")
def introduce(request: NetworkRequest, network_slug: str, membership_id: int) -> HttpResponse:
    """Ask to be introduced to this member; errors re-render the profile with the form. A
    GET (a reload after Back, the address copied) goes to the profile, where the form is."""
    member = _member_or_404(request, membership_id)
    if request.method != "POST":
        return redirect(
            "matching:profile", network_slug=request.network.slug, membership_id=member.pk
        )
    form = IntroductionForm(request.POST)
    key = _usable_key(request.POST.get("idempotency_key", ""))
    if form.is_valid():
        try:
            sent = introduction_request(
                network=request.network,
                requester=request.user,
                target=member.user,
                note=form.cleaned_data["note"],
                share_email=form.cleaned_data["share_email"],
                idempotency_key=request.POST.get("idempotency_key", ""),
            )
        except ValidationError as error:
            attach_errors(form, error)
            if "idempotency_key" in getattr(error, "error_dict", {}):
                key = ""  # used for another request: the form sent back gets a fresh one
        else:
            _say_what_became_of(request, sent, member.user.full_name)
            return redirect(
                "matching:profile", network_slug=request.network.slug, membership_id=member.pk
            )
    # The form is at the foot of a long profile: sent back, the page would open at its top
    # and show no sign of the refusal on a phone. Focus brings the note and its errors
    # (rendered just above it) into view.
    form.fields["note"].widget.attrs["autofocus"] = True
    return _whole_page(request, member, form=form, key=key, status=400)


def _usable_key(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return ""


def _say_what_became_of(request: NetworkRequest, sent: Introduced, name: str) -> None:
    """The same answer for the same form sent again; an edited resend is told its changes
    were not sent; the form of a request withdrawn since (Back, then Send) is told so, not
    that the stewards will introduce them."""
    if sent.request.status == IntroductionStatus.WITHDRAWN:
        messages.warning(
            request,
            _(
                "You withdrew this request, so nothing was sent. To ask to meet %(name)s "
                "again, write your note in the form below."
            )
            % {"name": name},
        )
    elif sent.outcome is IntroductionOutcome.KEPT_EARLIER:
        messages.warning(
            request,
            _(
                "This form was already sent, so your first note stands as it was: "
                "“%(note)s”. Your changes were not sent."
            )
            % {"note": sent.request.note},
        )
    elif sent.request.route == IntroductionRoute.EMAIL:
        messages.success(request, _("Your note was emailed to %(name)s.") % {"name": name})
    else:
        messages.success(
            request,
            _("Your request went to the stewards, who will introduce you to %(name)s.")
            % {"name": name},
        )


@require_POST
@network_view("matching.request_introduction")
def introduction_consent(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The viewer's own choice: may members email them introduction requests."""
    form = IntroductionConsentForm(request.POST)
    consent = form.is_valid() and form.cleaned_data["consent"]
    try:
        introduction_consent_set(network=request.network, user=request.user, consent=consent)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Members may now email you introduction requests.")
            if consent
            else _("Introduction requests to you now go through the stewards."),
        )
    return redirect(
        "matching:profile",
        network_slug=request.network.slug,
        membership_id=request.membership.pk,
    )


@require_POST
@network_view("matching.request_introduction")
def introduction_withdraw_view(
    request: NetworkRequest, network_slug: str, request_id: int
) -> HttpResponse:
    """The member takes back their own request while it waits for the stewards; back to
    the profile of the member they asked to meet, where its state shows. Anyone else's
    request is not found."""
    introduction = introduction_of(network=request.network, request_id=request_id)
    if introduction is None or introduction.requester_id != request.user.pk:
        raise Http404(_("No such introduction request in this network."))
    try:
        introduction_withdraw(introduction=introduction, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Your request to meet %(name)s is withdrawn; the stewards will not act on it.")
            % {"name": introduction.target.full_name},
        )
    target = membership_for(user=introduction.target, network=request.network)
    if target is None:  # they have left since: the directory, where the profile was
        return redirect("networks:directory", network_slug=request.network.slug)
    return redirect("matching:profile", network_slug=request.network.slug, membership_id=target.pk)


@network_view("matching.introduce_members")
def introductions(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The stewards' list of introduction requests that go through them. A request about
    the viewer (they asked, or were asked to meet) carries no buttons for them while another
    steward decides it (`introduction_deciders`)."""
    rows = list(introductions_for_stewards(network=request.network)[:200])
    pending = [r for r in rows if r.status == IntroductionStatus.PENDING]
    # A youth member who turned 18 today is an adult on this list now (their own address,
    # no guardian to copy in), whether or not the hourly run has moved the account yet.
    people = {p.pk: p for r in pending for p in (r.requester, r.target) if p.is_minor}
    adults = {pk for pk, p in people.items() if youth_member_comes_of_age(user=p)}
    for r in pending:
        for person in (r.requester, r.target):
            if person.pk in adults:
                person.age_band = ADULT_BAND
    if any(request.user.pk in (r.requester_id, r.target_id) for r in pending):
        steward_ids = [s.pk for s in stewards_of_network(network=request.network)]
        for r in pending:
            r.for_another = request.user.pk in (  # type: ignore[attr-defined]
                r.requester_id,
                r.target_id,
            ) and request.user.pk not in introduction_deciders(request=r, steward_ids=steward_ids)
    return render(
        request,
        "matching/profiles/introductions.html",
        {
            "pending": pending,
            "decided": [r for r in rows if r.status != IntroductionStatus.PENDING],
            "decision_form": IntroductionDecisionForm(),
        },
    )


@require_POST
@network_view("matching.introduce_members")
def introduction_decide_view(
    request: NetworkRequest, network_slug: str, request_id: int
) -> HttpResponse:
    introduction = introduction_of(network=request.network, request_id=request_id)
    if introduction is None:
        raise Http404(_("No such introduction request in this network."))
    form = IntroductionDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose “introduced” or “declined”."))
    elif (
        form.cleaned_data["status"] == IntroductionStatus.DECLINED
        and request.POST.get("confirm") != "yes"
    ):
        # Declining emails the member who asked, for good: a tap alone only opens the
        # confirmation (the list's `<details>`), whose button sends `confirm=yes`.
        messages.error(request, _("Nothing was changed: confirm with the button under “Decline…”."))
    else:
        try:
            introduction_decide(
                introduction=introduction, actor=request.user, status=form.cleaned_data["status"]
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(request, _("Saved."))
    return redirect("matching:introductions", network_slug=request.network.slug)
