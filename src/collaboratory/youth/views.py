"""Pages of the youth program, inside a youth cohort network. Every page declares itself with
`network_view`; in a network that is not a youth cohort the program is not there (404)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from collaboratory.commitments.selectors import money_awaiting_guardian_of
from collaboratory.commitments.services.guardian import commitment_adult_decide
from collaboratory.networks.http import (
    NetworkRequest,
    deny_access,
    network_view,
    record_denial,
    require_perm,
)
from collaboratory.networks.models import NetworkKind, Role
from collaboratory.networks.params import BadParameter, id_param
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import (
    invitation_mail_waiting,
    under_guardians,
    youth_birth_date_missing,
    youth_birth_dates_missing,
)
from collaboratory.networks.services.adulthood import youth_birth_date_record
from collaboratory.networks.services.consent import guardian_consent_resend
from collaboratory.youth import selectors, services
from collaboratory.youth.forms import (
    BirthDateForm,
    ConcernForm,
    ConcernHoldForm,
    CycleForm,
    EscalationForm,
    LeadForm,
    NoticeForm,
    ReflectionForm,
    SessionForm,
    VettingForm,
)
from collaboratory.youth.models import (
    Application,
    CohortSession,
    Concern,
    GuardianLink,
    MakeUp,
    ProgramCycle,
)
from collaboratory.youth.program import vetting_current

VIEW, STEWARD, LEAD = "youth.view", "youth.steward", "youth.lead"


def _youth(request: NetworkRequest, perm: str) -> None:
    """The program lives in youth cohorts only: elsewhere 404, then the permission (403)."""
    if request.network.kind != NetworkKind.YOUTH:
        raise Http404
    require_perm(request, perm)


def _errors_to_form(form: Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def _is_steward(request: NetworkRequest) -> bool:
    return request.membership.role == Role.STEWARD


def _back(request: NetworkRequest, name: str, **kwargs: Any) -> HttpResponse:
    return redirect(f"youth:{name}", network_slug=request.network.slug, **kwargs)


@network_view()
def home(request: NetworkRequest, network_slug: str) -> HttpResponse:
    _youth(request, VIEW)
    network, user = request.network, request.user
    context: dict[str, Any] = {
        # The next session first: newest first put the furthest one scheduled at the top,
        # above the one on Tuesday, and mixed past sessions in.
        "coming": selectors.sessions_upcoming(network=network)[:20],
        "past": selectors.sessions_past(network=network)[:20],
        "is_steward": _is_steward(request),
        "is_youth": request.membership.role == Role.YOUTH_MEMBER,
    }
    if context["is_youth"]:
        context["makeups"] = selectors.makeups_open(network=network, member=user)
        context["steps"] = selectors.escalation_of(network=network, member=user)
        context["money"] = money_awaiting_guardian_of(network=network, user=user)
        context["money_mine"] = bool(context["money"]) and not under_guardians(user=user)
    if context["is_steward"]:
        context["unvetted"] = selectors.sessions_without_vetted_facilitator(network=network)
        context["members"] = list(selectors.youth_members_of(network=network))
        missing = youth_birth_dates_missing(network=network)
        context["no_birth_date"] = [m for m in context["members"] if m.pk in missing]
        # Not in the cohort yet, nor gone from it: the guardian's consent is awaited.
        context["waiting"] = list(selectors.youth_waiting_of(network=network))
        # Their records stay until the retention period, with the guardian's link live
        # until a steward turns it off there: the roster no longer leads to them.
        context["former"] = (
            selectors.youth_records_of(network=network)
            .exclude(pk__in=[m.pk for m in context["members"] + context["waiting"]])
            .order_by("full_name", "pk")
        )
    return render(request, "youth/home.html", context)


@require_POST
@network_view()
def money(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The young adult keeps or withdraws money they committed as a minor that still waited
    for their guardian on their 18th birthday (`commitment_adult_decide`). Their own
    commitments only; anyone else's is not there."""
    _youth(request, VIEW)
    pk = id_param(request.POST.get("commitment"), field=_("commitment")) or 0
    decision = request.POST.get("decision", "")
    if decision not in ("keep", "withdraw"):
        raise BadParameter(_("Choose Keep it or Withdraw it."))
    commitment = selectors.own_commitment_of(network=request.network, member=request.user, pk=pk)
    if commitment is None:
        raise Http404
    keep = decision == "keep"
    try:
        commitment_adult_decide(commitment=commitment, user=request.user, keep=keep)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("Kept: your commitment counts from now.")
            if keep
            else _("Withdrawn: it will not count."),
        )
    return _back(request, "home")


@network_view()
def cycles(request: NetworkRequest, network_slug: str) -> HttpResponse:
    _youth(request, STEWARD)
    form = CycleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.cycle_create(network=request.network, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("The cycle is open. Share its application link."))
            return _back(request, "cycles")
    return render(
        request,
        "youth/cycles.html",
        {"cycles": selectors.cycles_of(network=request.network), "form": form},
    )


@network_view()
def applications(request: NetworkRequest, network_slug: str, cycle_id: int) -> HttpResponse:
    _youth(request, STEWARD)
    cycle = get_object_or_404(ProgramCycle, network=request.network, pk=cycle_id)
    return render(
        request,
        "youth/applications.html",
        {"cycle": cycle, "applications": selectors.applications_of(cycle=cycle)},
    )


@network_view()
def application(request: NetworkRequest, network_slug: str, application_id: int) -> HttpResponse:
    _youth(request, STEWARD)
    app = get_object_or_404(
        Application.objects.select_related("cycle", "invitation"),
        network=request.network,
        pk=application_id,
    )
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "select":
                services.application_decide(application=app, select=True, actor=request.user)
            elif action == "decline":
                services.application_decide(application=app, select=False, actor=request.user)
            elif action == "accept":
                accepted = services.application_accept(application=app, actor=request.user)
                if accepted.invitation and invitation_mail_waiting(invitation=accepted.invitation):
                    # Kept for a retry (the mail server down): "sent" would be untrue.
                    messages.warning(
                        request,
                        _(
                            "The student's invitation is saved; its email is waiting for the "
                            "mail server and will be tried again for two days. The place is "
                            "confirmed when the student accepts and the guardian gives consent."
                        ),
                    )
                else:
                    messages.success(
                        request,
                        _(
                            "Invitation sent. The place is confirmed when the student accepts "
                            "and the guardian gives consent."
                        ),
                    )
            else:
                messages.error(request, _("Choose one of the buttons on the page."))
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return _back(request, "application", application_id=app.pk)
    services.youth_record_read(network=request.network, viewer=request.user, record=app)
    return render(
        request,
        "youth/application.html",
        {"app": app, "invite_again": services.invitation_ran_out(app)},
    )


@network_view()
def session_new(request: NetworkRequest, network_slug: str) -> HttpResponse:
    _youth(request, STEWARD)
    form = SessionForm(request.POST or None, adults=selectors.adults_of(network=request.network))
    if request.method == "POST" and form.is_valid():
        try:
            session = services.session_save(
                network=request.network, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            return _back(request, "session", session_id=session.pk)
    return render(request, "youth/session_form.html", {"form": form})


@network_view()
def session_edit(request: NetworkRequest, network_slug: str, session_id: int) -> HttpResponse:
    """Change a session: most often to add the recording link once it is up."""
    _youth(request, STEWARD)
    item = get_object_or_404(CohortSession, network=request.network, pk=session_id)
    initial = {
        "title": item.title,
        "starts_at": timezone.localtime(item.starts_at).strftime("%Y-%m-%dT%H:%M"),
        "video_link": item.video_link,
        "recording_link": item.recording_link,
        "facilitator": item.facilitator_id,
    }
    form = SessionForm(
        request.POST or None, initial=initial, adults=selectors.adults_of(network=request.network)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.session_save(
                network=request.network, actor=request.user, session=item, **form.cleaned_data
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            return _back(request, "session", session_id=item.pk)
    return render(request, "youth/session_form.html", {"form": form, "item": item})


@network_view()
def session(request: NetworkRequest, network_slug: str, session_id: int) -> HttpResponse:
    _youth(request, VIEW)
    item = get_object_or_404(
        CohortSession.objects.select_related("facilitator"), network=request.network, pk=session_id
    )
    is_steward = _is_steward(request)
    started = item.starts_at <= timezone.now()
    context: dict[str, Any] = {
        "item": item,
        "is_steward": is_steward,
        "started": started,
        "links_shown": selectors.sees_session_links(session=item, membership=request.membership),
        # Said to everyone who reads the page: such a session must not go ahead.
        "unvetted": not started and not selectors.facilitator_vetted(session=item),
    }
    if is_steward:
        context["roster"] = selectors.session_roster(session=item)
    elif request.membership.role == Role.YOUTH_MEMBER:
        context["is_youth"] = True
        context["my_notice"] = item.notices.filter(member=request.user).first()
        if started:
            # A notice comes before the session (the service refuses a later one): the page
            # offered the form for a session long past. Now it says what was recorded.
            context["mine"] = selectors.attendance_for(session=item, member=request.user)
        else:
            context["notice_form"] = NoticeForm()
    return render(request, "youth/session.html", context)


@require_POST
@network_view()
def session_notice(request: NetworkRequest, network_slug: str, session_id: int) -> HttpResponse:
    _youth(request, VIEW)
    item = get_object_or_404(CohortSession, network=request.network, pk=session_id)
    form = NoticeForm(request.POST)
    if form.is_valid():
        try:
            services.absence_notice_submit(
                session=item, member=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Thank you: your notice is in."))
            return _back(request, "session", session_id=item.pk)
    return render(
        request,
        "youth/session.html",
        {
            "item": item,
            "notice_form": form,
            "is_steward": False,
            "is_youth": True,
            "links_shown": selectors.sees_session_links(
                session=item, membership=request.membership
            ),
            "unvetted": not selectors.facilitator_vetted(session=item),
        },
        status=400,
    )


@require_POST
@network_view()
def session_attendance(request: NetworkRequest, network_slug: str, session_id: int) -> HttpResponse:
    _youth(request, STEWARD)
    item = get_object_or_404(CohortSession, network=request.network, pk=session_id)
    member_id = id_param(request.POST.get("member"), field=_("member")) or 0
    presence = request.POST.get("present", "")
    if presence not in ("yes", "no"):
        messages.error(request, _("Choose present or absent."))
        return _back(request, "session", session_id=item.pk)
    member = selectors.youth_members_of(network=request.network).filter(pk=member_id).first()
    if member is None:
        raise Http404
    try:
        services.attendance_record(
            session=item, member=member, present=presence == "yes", actor=request.user
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return _back(request, "session", session_id=item.pk)


@network_view()
def makeup(request: NetworkRequest, network_slug: str, makeup_id: int) -> HttpResponse:
    _youth(request, VIEW)
    item = get_object_or_404(
        MakeUp.objects.select_related("attendance__session", "attendance__member"),
        network=request.network,
        pk=makeup_id,
    )
    own = item.attendance.member_id == request.user.pk
    is_steward = _is_steward(request)
    if not (own or is_steward):
        raise Http404
    form = ReflectionForm(request.POST or None, initial={"reflection": item.reflection})
    if request.method == "POST":
        try:
            if request.POST.get("action") == "done":
                if not is_steward:
                    deny_access(request, STEWARD)
                services.makeup_mark_done(makeup=item, actor=request.user)
                messages.success(request, _("Make-up marked done."))
                return _back(request, "member", member_id=item.attendance.member_id)
            if not own:
                deny_access(request, "youth.own_makeup")
            if form.is_valid():
                services.makeup_submit(
                    makeup=item, member=request.user, reflection=form.cleaned_data["reflection"]
                )
                messages.success(request, _("Thank you: your reflection is in."))
                return _back(request, "makeup", makeup_id=item.pk)
        except ValidationError as error:
            _errors_to_form(form, error)
    return render(
        request,
        "youth/makeup.html",
        {"item": item, "form": form, "own": own, "is_steward": is_steward},
    )


@network_view()
def member(request: NetworkRequest, network_slug: str, member_id: int) -> HttpResponse:
    """A steward's page for one youth member: attendance, make-ups, the escalation path and
    the guardian's link (none once the member turned 18: the page says so)."""
    _youth(request, STEWARD)
    network = request.network
    person = get_object_or_404(selectors.youth_records_of(network=network), pk=member_id)
    guardians = under_guardians(user=person)
    form = EscalationForm(request.POST or None)
    birth = BirthDateForm(request.POST if request.POST.get("action") == "born_on" else None)
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "born_on":
                if birth.is_valid():
                    youth_birth_date_record(
                        network=network,
                        user=person,
                        born_on=birth.cleaned_data["born_on"],
                        actor=request.user,
                    )
                    messages.success(request, _("Date of birth recorded."))
                    return _back(request, "member", member_id=person.pk)
            elif action == "escalate":
                if form.is_valid():
                    services.escalation_step_record(
                        network=network, member=person, actor=request.user, **form.cleaned_data
                    )
                    messages.success(
                        request,
                        _("Step recorded. The guardian's view shows it.")
                        if guardians
                        else _("Step recorded."),
                    )
                    return _back(request, "member", member_id=person.pk)
            elif action == "consent_resend":
                guardian_consent_resend(network=network, user=person, actor=request.user)
                messages.success(request, _("A new consent link was emailed to their guardian."))
                return _back(request, "member", member_id=person.pk)
            elif action == "guardian_issue":
                services.guardian_link_issue(network=network, member=person, actor=request.user)
                messages.success(request, _("The guardian's link was emailed to them."))
                return _back(request, "member", member_id=person.pk)
            elif action == "guardian_revoke":
                link_id = id_param(request.POST.get("link"), field=_("link")) or 0
                link = get_object_or_404(GuardianLink, network=network, member=person, pk=link_id)
                services.guardian_link_revoke(link=link, actor=request.user)
                messages.success(request, _("That link no longer works."))
                return _back(request, "member", member_id=person.pk)
            else:
                messages.error(request, _("Choose one of the buttons on the page."))
                return _back(request, "member", member_id=person.pk)
        except ValidationError as error:
            if action == "born_on" and youth_birth_date_missing(network=network, user=person):
                _errors_to_form(birth, error)
            elif action == "born_on":  # recorded meanwhile: the form is no longer shown
                for message in error.messages:
                    messages.error(request, message)
                return _back(request, "member", member_id=person.pk)
            elif action == "escalate":
                _errors_to_form(form, error)
            else:  # about the guardian's link: the escalation form was not filled in
                for message in error.messages:
                    messages.error(request, message)
                return _back(request, "member", member_id=person.pk)
    services.youth_record_read(network=network, viewer=request.user, record=person)
    return render(
        request,
        "youth/member.html",
        {
            "person": person,
            "in_cohort": selectors.youth_members_of(network=network).filter(pk=person.pk).exists(),
            "waiting": selectors.youth_waiting_of(network=network).filter(pk=person.pk).exists(),
            "attendance": selectors.attendance_of(network=network, member=person),
            "steps": selectors.escalation_of(network=network, member=person),
            "links": selectors.guardian_links_of(network=network, member=person),
            # A link to anyone else opens nothing (`guardian_link_for_token`): a guardian who
            # withdrew consent, or one another guardian's consent replaced. It read as live,
            # with a button to turn it off.
            "guardian_now": selectors.guardian_email_of(network=network, member=person).lower(),
            "guardians": guardians,
            "form": form,
            "birth_form": birth if youth_birth_date_missing(network=network, user=person) else None,
        },
    )


@network_view()
def vetting(request: NetworkRequest, network_slug: str) -> HttpResponse:
    _youth(request, STEWARD)
    network = request.network
    form = VettingForm(request.POST or None, adults=selectors.adults_of(network=network))
    if request.method == "POST" and form.is_valid():
        try:
            services.vetted_adult_save(network=network, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Vetting recorded."))
            return _back(request, "vetting")
    today = date_in(network, timezone.now())
    rows = [
        (
            record,
            vetting_current(
                background_check_on=record.background_check_on,
                training_on=record.training_on,
                on=today,
            ),
        )
        for record in selectors.vetted_adults(network=network)
    ]
    return render(request, "youth/vetting.html", {"rows": rows, "form": form})


@network_view()
def safeguarding(request: NetworkRequest, network_slug: str) -> HttpResponse:
    _youth(request, STEWARD)
    network = request.network
    form = LeadForm(request.POST or None, adults=selectors.adults_of(network=network))
    if request.method == "POST" and form.is_valid():
        try:
            services.safeguarding_lead_set(
                network=network,
                user=form.cleaned_data["user"],
                lead=form.cleaned_data["lead"],
                actor=request.user,
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            return _back(request, "safeguarding")
    return render(
        request,
        "youth/safeguarding.html",
        {"leads": selectors.leads_of(network=network), "form": form},
    )


def _came_from(request: NetworkRequest) -> str:
    page = request.GET.get("from") or request.POST.get("from") or ""
    ok = url_has_allowed_host_and_scheme(page, allowed_hosts=None) and page.startswith("/")
    return page[:300] if ok else ""


@network_view()
def concern(request: NetworkRequest, network_slug: str) -> HttpResponse:
    _youth(request, VIEW)
    form = ConcernForm(request.POST or None)
    page = _came_from(request)
    if request.method == "POST" and form.is_valid():
        try:
            services.concern_report(
                network=request.network,
                filed_by=request.user,
                about=form.cleaned_data["about"],
                page=page,
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            return render(request, "youth/concern_done.html")
    return render(request, "youth/concern.html", {"form": form, "page": page})


def _hold_form(concern_id: int, data: Any = None) -> ConcernHoldForm:
    # One form per concern on the page: ids of their own.
    return ConcernHoldForm(data, auto_id=f"hold{concern_id}_%s")


def _concerns_page(
    request: NetworkRequest, *, failed: tuple[int, ConcernHoldForm] | None = None
) -> HttpResponse:
    """The leads' page: each concern with its hold (who, since when, why) or the form to
    place one, and the day its retention period ends. `failed`: the concern whose hold or
    lift was refused, with its form and the reason, answered 400."""
    kept = services.concern_retention()
    rows = selectors.concern_rows(
        network=request.network, years=kept.years, until_age=kept.until_age
    )
    forms = {row.concern.pk: _hold_form(row.concern.pk) for row in rows}
    if failed is not None:
        forms[failed[0]] = failed[1]
    return render(
        request,
        "youth/concerns.html",
        {"rows": [(row, forms[row.concern.pk]) for row in rows]},
        status=400 if failed is not None else 200,
    )


@network_view()
def concerns(request: NetworkRequest, network_slug: str) -> HttpResponse:
    _youth(request, LEAD)
    return _concerns_page(request)


def _hold_refused(request: NetworkRequest) -> HttpResponse:
    """Anyone but a lead (a steward who is not one included) is refused, audited, on a page
    that says who can."""
    record_denial(request, LEAD)
    return render(
        request,
        "youth/concern_hold_refused.html",
        {"refused": services.concern_hold_refused_text()},
        status=403,
    )


Change = Callable[[Concern, dict[str, Any]], Concern]


def _hold_change(
    request: NetworkRequest,
    concern_id: int,
    change: Change,
    *,
    data: Any,
    done: Callable[[Concern], str],
) -> HttpResponse:
    """Place or lift a hold (`change`), then back to the concern on the leads' page; refused,
    the page again with the reason at that concern (400). Who may is asked before the
    concern is looked up: a non-lead learns nothing of which concerns exist."""
    if request.network.kind != NetworkKind.YOUTH:
        raise Http404
    if not request.user.has_perm(LEAD, request.network):
        return _hold_refused(request)
    concern = get_object_or_404(Concern, network=request.network, pk=concern_id)
    form = _hold_form(concern.pk, data)
    if form.is_valid():
        try:
            changed = change(concern, form.cleaned_data)
        except PermissionDenied:
            # No longer a lead since the check above.
            return _hold_refused(request)
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, done(changed))
            return redirect(
                reverse("youth:concerns", kwargs={"network_slug": request.network.slug})
                + f"#concern-{concern.pk}"
            )
    return _concerns_page(request, failed=(concern.pk, form))


@require_POST
@network_view()
def concern_hold(request: NetworkRequest, network_slug: str, concern_id: int) -> HttpResponse:
    def place(concern: Concern, data: dict[str, Any]) -> Concern:
        return services.concern_hold_place(
            network=request.network,
            concern=concern,
            reason=data["reason"],
            until=data["until"],
            actor=request.user,
            # Which form was posted: a new hold never replaces one placed meanwhile.
            renew=data["renew"],
        )

    def done(held: Concern) -> str:
        # A placed or renewed hold always has its day (the `youth_concern_hold_dated` check).
        day = date_format(held.held_until, "DATE_FORMAT") if held.held_until else ""
        return _(
            "The concern is held until %(day)s: the retention run will not delete it before then."
        ) % {"day": day}

    # A new hold and a renewal (a held concern, a new day) both post here.
    return _hold_change(request, concern_id, place, data=request.POST, done=done)


@require_POST
@network_view()
def concern_release(request: NetworkRequest, network_slug: str, concern_id: int) -> HttpResponse:
    def lift(concern: Concern, data: dict[str, Any]) -> Concern:
        return services.concern_hold_lift(
            network=request.network, concern=concern, actor=request.user
        )

    # Lifting takes no reason: whatever came with the request is not read.
    return _hold_change(
        request,
        concern_id,
        lift,
        data={},
        done=lambda _released: _(
            "The hold is lifted: the concern goes at the end of its retention period."
        ),
    )
