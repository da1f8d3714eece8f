"""The trainers' pages under /n/<national>/training/: cohorts, applications, a cohort's arc,
assignments, calls and practice network, and the page per organization (timeline,
readiness, submissions, notes, Launch). Every page needs `training.train` (a steward of the
national network); objects of another network are not found."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.views import ics_response
from collaboratory.networks.forms import attach_errors, error_text
from collaboratory.networks.http import NetworkRequest, network_view, page_url
from collaboratory.networks.params import id_param
from collaboratory.networks.scoping import date_in
from collaboratory.training import selectors, services
from collaboratory.training.forms import (
    AssignmentForm,
    CallForm,
    CohortForm,
    DeclineForm,
    NoteForm,
    ReviewForm,
    SessionForm,
)
from collaboratory.training.ical import training_calendar
from collaboratory.training.models import (
    Application,
    ApplicationStatus,
    ArcSession,
    Assignment,
    Cohort,
    InterestSignup,
    Submission,
    SupportCall,
    Trainee,
)

TRAIN = "training.train"


def _cohort(request: NetworkRequest, cohort_id: int) -> Cohort:
    return get_object_or_404(
        Cohort.objects.select_related("practice_network", "network"),
        network=request.network,
        pk=cohort_id,
    )


def _application(request: NetworkRequest, application_id: int) -> Application:
    return get_object_or_404(
        Application.objects.select_related("cohort__practice_network", "network"),
        network=request.network,
        pk=application_id,
    )


@network_view("training.view_mine")
def mine(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """From the practice network's bar to the trainee's own pages (outside any network)."""
    return redirect("training_public:mine")


@network_view(TRAIN)
def home(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """Cohorts, applications waiting, the interest list's size; a new cohort."""
    form = CohortForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                cohort = services.cohort_create(
                    network=request.network, actor=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                attach_errors(form, error)
            else:
                messages.success(
                    request, _("Cohort made, with the default arc and a practice network.")
                )
                return redirect("training:cohort", network_slug=network_slug, cohort_id=cohort.pk)
        status = 400
    context = {
        "cohorts": selectors.cohorts_of(network=request.network),
        "pending": selectors.pending_applications(network=request.network),
        "interest_waiting": InterestSignup.objects.filter(
            network=request.network, notified_at__isnull=True
        ).count(),
        "form": form,
    }
    return render(request, "training/home.html", context, status=status)


@network_view(TRAIN)
def application_detail(
    request: NetworkRequest, network_slug: str, application_id: int
) -> HttpResponse:
    application = _application(request, application_id)
    form = DeclineForm(request.POST or None)
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            cohort_id = id_param(request.POST.get("cohort"), field=_("cohort"), required=False)
            if action == "admit" and cohort_id is None:
                # No cohort sent (the list was empty): a bare 404 said nothing of the fix.
                messages.error(request, _("Choose a cohort to admit to (make one first)."))
            elif action == "admit" and cohort_id is not None:
                services.application_admit(
                    application=application, cohort=_cohort(request, cohort_id), actor=request.user
                )
                messages.success(request, _("Admitted; the two staff are told by email."))
            elif action == "decline" and form.is_valid():
                services.application_decline(
                    application=application, note=form.cleaned_data["note"], actor=request.user
                )
                messages.success(request, _("Declined; the two staff are told by email."))
            else:
                messages.error(request, _("Choose to admit to a cohort or to decline."))
        except ValidationError as error:
            messages.error(request, error_text(error))
        return redirect(
            "training:application", network_slug=network_slug, application_id=application.pk
        )
    return render(
        request,
        "training/application.html",
        {
            "application": application,
            "staff": list(application.staff.all()),
            "cohorts": selectors.cohorts_of(network=request.network),
            "form": form,
            "pending": application.status == ApplicationStatus.PENDING,
        },
    )


def _cohort_forms(request: NetworkRequest, cohort: Cohort, data: Any = None) -> dict[str, Any]:
    organizations = [(a.pk, a.organization) for a in selectors.cohort_organizations(cohort=cohort)]
    action = request.POST.get("action", "") if data is not None else ""
    # One page holds the three forms and each has a "title": ids of their own keep every
    # label tied to its field (one "id_title" labelled the first form's field only).
    return {
        "assignment_form": AssignmentForm(
            data if action == "assignment" else None, auto_id="assignment_%s"
        ),
        "call_form": CallForm(
            data if action == "call" else None, organizations=organizations, auto_id="call_%s"
        ),
        "session_form": SessionForm(
            data if action == "session" else None,
            gatherings=_gathering_choices(request),
            auto_id="session_%s",
        ),
    }


def _gathering_choices(request: NetworkRequest) -> list[tuple[int, str]]:
    return [
        (g.pk, f"{g.title} ({date_format(timezone.localtime(g.starts_at), 'DATE_FORMAT')})")
        for g in Gathering.objects.filter(network=request.network).order_by("-starts_at")[:50]
    ]


def _cohort_action(request: NetworkRequest, cohort: Cohort, forms: dict[str, Any]) -> bool:
    """Do the cohort page's posted action; True when done. Refusals raise."""
    action = request.POST.get("action", "")
    user = request.user
    if action in ("open", "close"):
        told = services.cohort_accepting_set(cohort=cohort, accepting=action == "open", actor=user)
        if action == "open":
            text = ngettext(
                "Applications are open; %(count)d person on the interest list was told.",
                "Applications are open; %(count)d people on the interest list were told.",
                told,
            ) % {"count": told}
        else:
            text = _("Applications are closed.")
        messages.success(request, text)
        return True
    form = forms.get(f"{action}_form")
    if form is None:
        messages.error(request, _("Choose one of the page's buttons."))
        return True
    if not form.is_valid():
        return False
    data = form.cleaned_data
    try:
        if action == "assignment":
            services.assignment_create(cohort=cohort, actor=user, **data)
        elif action == "call":
            application_id = data.pop("application")
            application = (
                _application(request, application_id) if application_id is not None else None
            )
            services.call_create(cohort=cohort, actor=user, application=application, **data)
        else:
            gathering_id = data.pop("gathering")
            gathering = (
                get_object_or_404(Gathering, network=request.network, pk=gathering_id)
                if gathering_id is not None
                else None
            )
            services.session_save(cohort=cohort, actor=user, gathering=gathering, **data)
    except ValidationError as error:
        attach_errors(form, error)
        return False
    messages.success(request, _("Saved."))
    return True


@network_view(TRAIN)
def cohort_detail(request: NetworkRequest, network_slug: str, cohort_id: int) -> HttpResponse:
    cohort = _cohort(request, cohort_id)
    forms = _cohort_forms(request, cohort, request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        try:
            if _cohort_action(request, cohort, forms):
                return redirect("training:cohort", network_slug=network_slug, cohort_id=cohort.pk)
        except ValidationError as error:
            messages.error(request, error_text(error))
            return redirect("training:cohort", network_slug=network_slug, cohort_id=cohort.pk)
        status = 400
    context = {
        "cohort": cohort,
        "sessions": selectors.sessions_of(cohort=cohort),
        "organizations": selectors.cohort_organizations(cohort=cohort),
        "assignments": Assignment.objects.filter(cohort=cohort),
        "calls": selectors.calls_for(cohort=cohort),
        # A whole address: trainers copy it to the trainees, whose calendar apps cannot
        # subscribe to a path.
        "feed_url": page_url(
            request,
            reverse("training_public:feed", kwargs={"token": selectors.feed_token(cohort)}),
        ),
        **forms,
    }
    return render(request, "training/cohort.html", context, status=status)


@network_view(TRAIN)
def session_edit(
    request: NetworkRequest, network_slug: str, cohort_id: int, session_id: int
) -> HttpResponse:
    """Change one step of the arc and record who attended."""
    cohort = _cohort(request, cohort_id)
    session = get_object_or_404(ArcSession, cohort=cohort, pk=session_id)
    trainees = list(
        Trainee.objects.filter(
            application__cohort=cohort, application__status=ApplicationStatus.ADMITTED
        ).select_related("application")
    )
    initial = {
        "kind": session.kind,
        "title": session.label,  # a default arc title in the trainer's language
        "starts_at": timezone.localtime(session.starts_at),
        "ends_at": timezone.localtime(session.ends_at),
        "place": session.place,
        "video_link": session.video_link,
        "materials": session.materials,
        "gathering": session.gathering_id,
    }
    form = SessionForm(
        request.POST if request.POST.get("action") == "session" else None,
        initial=initial,
        gatherings=_gathering_choices(request),
    )
    status = 200
    if request.method == "POST" and request.POST.get("action") == "attendance":
        ids = [id_param(raw, field=_("trainee")) or 0 for raw in request.POST.getlist("trainee")]
        try:
            services.session_attendance_set(session=session, trainee_ids=ids, actor=request.user)
        except ValidationError as error:
            # The refusal names no field of the session form (which is not bound here).
            messages.error(request, error_text(error))
            status = 400
        else:
            messages.success(request, _("Attendance saved."))
            return redirect(request.path)
    elif request.method == "POST" and not form.is_bound:
        # Neither of the page's two forms (a hand-made POST): say so instead of a bare 400.
        messages.error(request, _("Choose one of the page's buttons."))
        status = 400
    elif request.method == "POST":
        try:
            if form.is_valid():
                data = dict(form.cleaned_data)
                gathering_id = data.pop("gathering")
                gathering = (
                    get_object_or_404(Gathering, network=request.network, pk=gathering_id)
                    if gathering_id is not None
                    else None
                )
                services.session_save(
                    cohort=cohort, actor=request.user, session=session, gathering=gathering, **data
                )
                messages.success(request, _("Saved."))
                return redirect("training:cohort", network_slug=network_slug, cohort_id=cohort.pk)
        except ValidationError as error:
            attach_errors(form, error)
        status = 400
    attended = set(session.attendance.values_list("trainee_id", flat=True))
    # Attendance is taken from the session's day on (the service refuses it earlier).
    session_day = date_in(request.network, session.starts_at)
    return render(
        request,
        "training/session.html",
        {
            "cohort": cohort,
            "session": session,
            "form": form,
            "trainees": trainees,
            "attended": attended,
            "session_day": session_day,
            "attendance_open": date_in(request.network, timezone.now()) >= session_day,
        },
        status=status,
    )


def _seen(raw: str | None) -> datetime | None:
    """When the work the trainer's page showed was submitted (the review form's hidden
    value); None when absent. Junk is refused with what to do."""
    if not raw:
        return None
    try:
        value = parse_datetime(raw[:64])
    except ValueError:
        value = None
    if value is None or timezone.is_naive(value):
        raise ValidationError(_("Reload the page and give your feedback again."))
    return value


def _organization_action(request: NetworkRequest, application: Application) -> dict[str, Any]:
    """Do the organization page's posted action. Returns the forms to draw again with
    their errors beside the fields ({} when done): a refused review or note came back as a
    line at the top of the page, away from the submission it was about, and the words typed
    were lost. Refusals of the page's other actions raise."""
    action = request.POST.get("action", "")
    user = request.user
    if action == "review":
        submission = get_object_or_404(
            Submission.objects.defer("file_data"),
            application=application,
            pk=id_param(request.POST.get("submission"), field=_("submission")),
        )
        form = ReviewForm(request.POST, auto_id=f"review-{submission.pk}-%s")
        if form.is_valid():
            try:
                services.submission_review(
                    submission=submission,
                    actor=user,
                    seen=_seen(request.POST.get("seen")),
                    **form.cleaned_data,
                )
            except ValidationError as error:
                attach_errors(form, error)
        if form.errors:
            return {"reviews": {submission.pk: form}}
        messages.success(request, _("Feedback saved; the organization is told by email."))
    elif action == "note":
        call = get_object_or_404(
            SupportCall,
            cohort=application.cohort,
            pk=id_param(request.POST.get("call"), field=_("support call")),
        )
        note_form = NoteForm(request.POST)
        if note_form.is_valid():
            try:
                services.call_note_add(
                    call=call,
                    application=application,
                    text=note_form.cleaned_data["text"],
                    actor=user,
                )
            except ValidationError as error:
                attach_errors(note_form, error)
        if note_form.errors:
            return {"note_form": note_form, "call_chosen": call.pk}
        messages.success(request, _("Note saved."))
    elif action == "launch":
        launched = services.launch(application=application, actor=user)
        text = ngettext(
            "Launched %(network)s: stewards and %(count)d member invited, first gathering "
            "scheduled.",
            "Launched %(network)s: stewards and %(count)d members invited, first gathering "
            "scheduled.",
            launched.invited,
        )
        messages.success(
            request, text % {"network": launched.local_network.name, "count": launched.invited}
        )
    else:
        messages.error(request, _("Choose one of the page's buttons."))
    return {}


@network_view(TRAIN)
def organization(request: NetworkRequest, network_slug: str, application_id: int) -> HttpResponse:
    """The trainer's page per organization: from application to first gathering."""
    application = _application(request, application_id)
    refused: dict[str, Any] = {}
    if request.method == "POST":
        try:
            refused = _organization_action(request, application)
        except ValidationError as error:
            messages.error(request, error_text(error))
        if not refused:
            return redirect(
                "training:organization", network_slug=network_slug, application_id=application.pk
            )
    cohort = application.cohort
    submissions = selectors.submissions_by_assignment(application=application)
    assignments = list(Assignment.objects.filter(cohort=cohort)) if cohort else []
    reviews = refused.get("reviews", {})
    return render(
        request,
        "training/organization.html",
        {
            "application": application,
            "staff": list(application.staff.all()),
            "timeline": selectors.timeline_for(application=application),
            "readiness": selectors.readiness_for(application=application),
            # A review form per submission, ids of its own: one form drawn under each tied
            # every "Status" and "Feedback" label to the first submission's fields.
            "rows": [
                (a, s, reviews.get(s.pk) or ReviewForm(auto_id=f"review-{s.pk}-%s") if s else None)
                for a, s in ((a, submissions.get(a.pk)) for a in assignments)
            ],
            "calls": list(selectors.calls_for(cohort=cohort, application=application))
            if cohort
            else [],
            "notes": selectors.notes_for(application=application),
            "launch": selectors.launch_of(application=application),
            "note_form": refused.get("note_form") or NoteForm(),
            "call_chosen": refused.get("call_chosen"),
        },
        status=400 if refused else 200,
    )


@require_GET
@network_view(TRAIN)
def submission_file(request: NetworkRequest, network_slug: str, submission_id: int) -> HttpResponse:
    submission = get_object_or_404(
        Submission, network=request.network, pk=submission_id, file_name__gt=""
    )
    return file_response(submission)


def file_response(submission: Submission) -> HttpResponse:
    """A submitted file, always as a download that the browser may not sniff or render. The
    name goes in the form browsers read (`filename*` when it is not plain ASCII: a header
    value outside Latin-1 was otherwise MIME-encoded, and saved under that garble)."""
    response = HttpResponse(bytes(submission.file_data), content_type=submission.file_type)
    response["Content-Disposition"] = (
        content_disposition_header(as_attachment=True, filename=submission.file_name)
        or "attachment"  # only None when not an attachment: typing's sake
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@network_view(TRAIN)
def cohort_ics(request: NetworkRequest, network_slug: str, cohort_id: int) -> HttpResponse:
    cohort = _cohort(request, cohort_id)
    content = training_calendar(
        name=cohort.name,
        sessions=selectors.sessions_of(cohort=cohort),
        calls=selectors.calls_for(cohort=cohort),
        now=timezone.now(),
    )
    return ics_response(content, f"cohort-{cohort.pk}.ics")


@require_POST
@network_view(TRAIN)
def practice_reset(request: NetworkRequest, network_slug: str, cohort_id: int) -> HttpResponse:
    """Kept apart from the cohort page's actions so it can be a plain button anywhere. It
    removes what the trainees built in the practice, so it asks for a ticked box first
    (one press on a plain button did it)."""
    cohort = _cohort(request, cohort_id)
    if request.POST.get("confirm") != "yes":
        messages.error(
            request, _("Tick the box to confirm the reset: it removes the practice gatherings.")
        )
        return redirect("training:cohort", network_slug=network_slug, cohort_id=cohort.pk)
    try:
        services.practice_reset(cohort=cohort, actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("The practice network starts over with a fresh gathering."))
    return redirect("training:cohort", network_slug=network_slug, cohort_id=cohort.pk)
