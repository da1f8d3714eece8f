"""The youth program's pages without a login: the public application form (rate-limited per
address, with a honeypot field for bots) and the guardian's view by a revocable link."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django_scopes import scope

from collaboratory.networks.invitation_views import private_response
from collaboratory.networks.params import parse_id
from collaboratory.networks.public_forms import public_post_allowed
from collaboratory.networks.scoping import inside
from collaboratory.sameorigin import same_origin_post
from collaboratory.youth import program, selectors, services
from collaboratory.youth.forms import ApplicationForm, ConcernForm, NoticeForm
from collaboratory.youth.models import CohortSession, ProgramCycle


def apply(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = selectors.cycle_for_public(cycle_id=cycle_id)
    if cycle is None:
        raise Http404
    with timezone.override(cycle.network.time_zone):  # the deadlines, in the cohort's zone
        return _apply(request, cycle)


def _apply(request: HttpRequest, cycle: ProgramCycle) -> HttpResponse:
    now = timezone.now()
    window = program.application_window(
        now=now, priority_deadline=cycle.priority_deadline, final=cycle.final_deadline
    )
    context = {"cycle": cycle, "network": None, "cohort": cycle.network, "window": window}
    if window == program.CLOSED:
        return render(request, "youth/apply_closed.html", context)
    form = ApplicationForm(request.POST or None)
    if request.method == "POST":
        if not public_post_allowed(request, form="youth-apply"):
            return render(request, "public_form_limited.html", context, status=429)
        if form.is_valid():
            data = form.cleaned_data
            if data["website"]:  # a bot filled the hidden field: nothing is stored
                return render(request, "youth/apply_done.html", context)
            try:
                services.application_submit(
                    cycle=cycle,
                    full_name=data["full_name"],
                    email=data["email"],
                    guardian_email=data["guardian_email"],
                    school=data["school"],
                    city=data["city"],
                    statement=data["statement"],
                    references=[
                        services.ReferenceInput(
                            data[f"ref{i}_name"], data[f"ref{i}_email"], data[f"ref{i}_relation"]
                        )
                        for i in (1, 2)
                    ],
                    conduct=data["conduct"],
                    now=now,
                    actor=request.user if request.user.is_authenticated else None,
                    language=get_language(),
                )
            except ValidationError as error:
                if not hasattr(error, "error_dict"):
                    return render(request, "youth/apply_closed.html", context)
                for field, errors in error.message_dict.items():
                    target = "ref1_name" if field == "references" else field
                    form.add_error(target if target in form.fields else None, errors)
            else:
                return render(request, "youth/apply_done.html", context)
    return render(request, "youth/apply.html", {**context, "form": form})


@csrf_exempt  # Referrer-Policy: no-referrer rules out Django's origin check; see same_origin_post
def guardian(request: HttpRequest, token: str) -> HttpResponse:
    if request.method == "POST" and not same_origin_post(request):
        return private_response(HttpResponseForbidden(_("This form must be sent from this site.")))
    link = selectors.guardian_link_for_token(token=token)
    if link is None:
        return private_response(render(request, "youth/guardian_unusable.html", status=404))
    is_concern = request.POST.get("action") == "concern"
    form = NoticeForm(None if is_concern else request.POST or None)
    concern_form = ConcernForm(request.POST if is_concern else None)
    concern_sent = False
    notice_for: CohortSession | None = None  # the session a notice was just given for
    with scope(network=link.network):
        # Notices are for a member still in the cohort (suspended, graduated, dismissed: none).
        in_cohort = (
            selectors.youth_members_of(network=link.network).filter(pk=link.member_id).exists()
        )
    if is_concern and concern_form.is_valid():
        try:
            services.concern_report(
                network=link.network,
                filed_by=None,
                about=concern_form.cleaned_data["about"],
                member=link.member,
            )
        except ValidationError as error:
            concern_form.add_error(None, error.messages)
        else:
            concern_form, concern_sent = ConcernForm(), True
    elif request.method == "POST" and not is_concern and not in_cohort:
        form.add_error(
            None,
            _("%(name)s is no longer in the cohort: no absence notice is needed.")
            % {"name": link.member.full_name},
        )
    elif request.method == "POST" and not is_concern:
        session_id = parse_id(request.POST.get("session"))
        with scope(network=link.network):
            item = CohortSession.objects.filter(network=link.network, pk=session_id).first()
        if item is None:
            form.add_error(None, _("Choose one of the upcoming sessions listed."))
        elif form.is_valid():
            try:
                services.absence_notice_submit(
                    session=item,
                    member=link.member,
                    reason=form.cleaned_data["reason"],
                    by_guardian=True,
                )
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                form, notice_for = NoticeForm(), item
    context = selectors.guardian_view(link=link)
    context.update(
        {
            "form": form,
            "concern_form": concern_form,
            "concern_sent": concern_sent,
            "notice_for": notice_for,
            "token": token,
        }
    )
    with inside(link.network):  # no network in the URL: its zone for the sessions' times
        upcoming = list(selectors.sessions_upcoming(network=link.network)) if in_cohort else []
        # A refused notice keeps the session the guardian chose; a new form starts at the first.
        chosen = None if notice_for else parse_id(request.POST.get("session"))
        context["upcoming"] = upcoming
        context["chosen_session"] = chosen if any(s.pk == chosen for s in upcoming) else None
        context["in_cohort"] = in_cohort
        return private_response(render(request, "youth/guardian.html", context))
