"""Training routes outside any network: the public page that explains the model and takes
applications (or interest), the cohort's calendar feed (a derived secret, no login), and
the trainees' own pages (signed in; found by their email among an organization's staff,
anyone else gets 404)."""

from __future__ import annotations

from typing import cast

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_scopes import scope

from collaboratory.gatherings.views import ics_response
from collaboratory.networks.forms import attach_errors
from collaboratory.networks.public_forms import public_post_allowed
from collaboratory.networks.scoping import inside
from collaboratory.people.models import User
from collaboratory.training import selectors, services
from collaboratory.training.forms import ApplicationForm, InterestForm, PlanForm, SubmissionForm
from collaboratory.training.ical import training_calendar
from collaboratory.training.models import Application, Assignment, Submission, SupportCall
from collaboratory.training.views import file_response


def apply(request: HttpRequest) -> HttpResponse:
    """What convening a Local Civic Collaboratory means, and the application form while a
    cohort takes applications; otherwise the interest list."""
    network = selectors.training_network()
    if network is None:
        raise Http404
    cohort = selectors.open_cohort(network=network)
    posted = request.POST if request.method == "POST" else None
    # Which form was sent, from its fields: a cohort may have opened or closed since the
    # page was read, and the other form's errors ("This field is required" on fields the
    # person never saw) told them nothing.
    sent_application = posted is not None and "organization" in posted
    form = ApplicationForm(posted if sent_application else None) if cohort else None
    interest = InterestForm(None if sent_application else posted) if cohort is None else None
    status = 200
    if posted is not None:
        if not public_post_allowed(request, form="training-apply"):
            return render(request, "public_form_limited.html", {"network": None}, status=429)
        if cohort is None and sent_application:
            messages.error(
                request,
                _(
                    "Applications closed while you were writing: no cohort takes them now. "
                    "Leave your email and we will tell you when one opens."
                ),
            )
            interest = InterestForm(initial={"email": posted.get("staff1_email", "")[:254]})
        elif cohort is not None and not sent_application:
            messages.error(
                request,
                _("A cohort is taking applications now: apply with the form below."),
            )
        target = cast(forms.Form, form or interest)  # one of the two is set
        if target.is_valid():  # an unbound form (the other one was sent) is not
            data = target.cleaned_data
            try:
                if form is not None:
                    services.application_submit(
                        network=network,
                        organization=data["organization"],
                        community=data["community"],
                        why_now=data["why_now"],
                        landscape=data["landscape"],
                        staff=[
                            (data["staff1_name"], data["staff1_email"]),
                            (data["staff2_name"], data["staff2_email"]),
                        ],
                        # the page's language: the staff's mail is written in it
                        language=get_language(),
                        actor=request.user if request.user.is_authenticated else None,
                    )
                    messages.success(
                        request,
                        _(
                            "Thank you: your application is in. The trainers will write to both "
                            "staff members."
                        ),
                    )
                else:
                    services.interest_signup(
                        network=network, email=data["email"], language=get_language()
                    )
                    messages.success(
                        request, _("Thank you: we will email you when a cohort opens.")
                    )
            except ValidationError as error:
                attach_errors(target, error)
            else:
                return redirect("training_public:apply")
        status = 400
    return render(
        request,
        "training/apply.html",
        {"national": network, "cohort": cohort, "form": form, "interest": interest},
        status=status,
    )


@never_cache
@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The cohort's arc and cohort-wide calls, for a calendar app (no login: the link is
    the secret; one-on-one calls are not in it)."""
    cohort = selectors.cohort_for_feed(token=token)
    if cohort is None:
        raise Http404
    with scope(network=cohort.network):
        content = training_calendar(
            name=cohort.name,
            sessions=selectors.sessions_of(cohort=cohort),
            calls=SupportCall.objects.filter(cohort=cohort, application__isnull=True),
            now=timezone.now(),
        )
    response = ics_response(content, "training.ics")
    response["Referrer-Policy"] = "no-referrer"
    return response


def _mine(request: HttpRequest, application_id: int) -> Application:
    user = cast(User, request.user)  # login_required: a signed-in account
    application = selectors.trainee_application(user=user, application_id=application_id)
    if application is None:
        raise Http404
    return application


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    """The signed-in person's organizations in training (straight to the one if one)."""
    user = cast(User, request.user)  # login_required: a signed-in account
    applications = selectors.applications_of_user(user=user)
    if len(applications) == 1:
        return redirect("training_public:org", application_id=applications[0].pk)
    return render(request, "training/mine.html", {"applications": applications})


@login_required
def organization(request: HttpRequest, application_id: int) -> HttpResponse:
    """A trainee's page: the arc, the observer pass, assignments with their own
    submissions and feedback, calls and notes about their organization, the launch plan and
    readiness. Nothing of another organization."""
    application = _mine(request, application_id)
    cohort = application.cohort
    if cohort is None:  # admitted organizations have one; a cohort deleted meanwhile
        raise Http404
    with inside(application.network):
        plan = PlanForm(
            request.POST if request.POST.get("action") == "plan" else None,
            request.FILES if request.POST.get("action") == "plan" else None,
            initial={
                "network_name": application.network_name,
                "network_slug": application.network_slug,
                "first_gathering_title": application.first_gathering_title,
                "first_gathering_on": application.first_gathering_on,
                "first_gathering_city": application.first_gathering_city,
            },
        )
        status = 200
        if request.method == "POST":
            if request.POST.get("action") != "plan":
                messages.error(request, _("Choose one of the page's buttons."))
                return redirect("training_public:org", application_id=application.pk)
            if plan.is_valid():
                data = dict(plan.cleaned_data)
                upload = data.pop("roster")
                try:
                    services.plan_save(
                        application=application,
                        actor=cast(User, request.user),
                        roster=upload.read() if upload else None,
                        **data,
                    )
                except ValidationError as error:
                    attach_errors(plan, error)
                else:
                    messages.success(request, _("Your launch plan is saved."))
                    return redirect("training_public:org", application_id=application.pk)
            status = 400
        submissions = selectors.submissions_by_assignment(application=application)
        launch = selectors.launch_of(application=application)
        context = {
            "application": application,
            "cohort": cohort,
            "sessions": list(selectors.sessions_of(cohort=cohort)),
            "immersions": selectors.immersion_gatherings(cohort=cohort),
            "rows": [(a, submissions.get(a.pk)) for a in Assignment.objects.filter(cohort=cohort)],
            "calls": list(selectors.calls_for(cohort=cohort, application=application)),
            "notes": list(selectors.notes_for(application=application)),
            "launch": launch,
            "feed_token": selectors.feed_token(cohort),
            "plan": plan,
        }
        # A refused plan comes back without the file chosen (no browser keeps one): say so
        # when the file itself was fine, or the next save keeps the old roster unnoticed.
        context["roster_again"] = (
            status == 400 and "roster" in request.FILES and "roster" not in plan.errors
        )
        if launch is not None:
            context["place"] = selectors.place_in_launched(
                user=cast(User, request.user), network=launch.local_network
            )
        readiness = selectors.readiness_for(application=application)
        # What is left, by code: the page says what to do for each (a bare checklist
        # showed circles and no way on).
        context["readiness"] = readiness
        context["todo"] = {item.code for item in readiness.items if not item.done}
        return render(request, "training/trainee.html", context, status=status)


@login_required
def submission(request: HttpRequest, application_id: int, assignment_id: int) -> HttpResponse:
    """Submit (or replace) the organization's work for one assignment."""
    application = _mine(request, application_id)
    with inside(application.network):
        assignment = get_object_or_404(Assignment, cohort=application.cohort, pk=assignment_id)
        current = (
            Submission.objects.filter(assignment=assignment, application=application)
            .defer("file_data")
            .first()
        )
        form = SubmissionForm(
            request.POST or None,
            request.FILES or None,
            initial={"text": current.text if current else ""},
        )
        status = 200
        if request.method == "POST":
            if form.is_valid():
                upload = form.cleaned_data["file"]
                try:
                    saved = services.submission_save(
                        assignment=assignment,
                        application=application,
                        actor=cast(User, request.user),
                        text=form.cleaned_data["text"],
                        upload=services.Upload(upload.name, upload.read()) if upload else None,
                    )
                except ValidationError as error:
                    attach_errors(form, error)
                else:
                    if current is not None and saved.submitted_at == current.submitted_at:
                        messages.info(
                            request,
                            _(
                                "Nothing changed since you sent this work: it and its review "
                                "stay as they were."
                            ),
                        )
                    else:
                        messages.success(request, _("Submitted: the trainers will read it."))
                    return redirect("training_public:org", application_id=application.pk)
            status = 400
        return render(
            request,
            "training/submission.html",
            {
                "application": application,
                "assignment": assignment,
                "current": current,
                "form": form,
                "launched": selectors.launch_of(application=application) is not None,
            },
            status=status,
        )


@login_required
@require_GET
def submission_file(request: HttpRequest, application_id: int, submission_id: int) -> HttpResponse:
    application = _mine(request, application_id)
    with inside(application.network):
        found = get_object_or_404(
            Submission, application=application, pk=submission_id, file_name__gt=""
        )
    return file_response(found)


@login_required
@require_GET
def call_ics(request: HttpRequest, call_id: int) -> HttpResponse:
    """One call's calendar invitation, for the trainees invited to it."""
    user = cast(User, request.user)  # login_required: a signed-in account
    for application in selectors.applications_of_user(user=user):
        with inside(application.network):
            call = (
                selectors.calls_for(cohort=application.cohort, application=application)
                .filter(pk=call_id)
                .first()
                if application.cohort
                else None
            )
        if call is not None:
            content = training_calendar(
                name=call.title, sessions=[], calls=[call], now=timezone.now()
            )
            return ics_response(content, f"call-{call.pk}.ics")
    raise Http404
