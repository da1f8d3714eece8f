"""Seating pages. Stewards plan a gathering's sessions (`seating.manage`); members see their
own table of a published plan (`seating.view_own_table`). Every write goes through
`seating.services`; a refused move or lock comes back as a message that says why."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from collaboratory.creditclub.selectors import minor_name
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors import YouthGuestAtDoor, substitute_tie
from collaboratory.networks.http import NetworkRequest, network_view, require_perm
from collaboratory.networks.models import NetworkKind
from collaboratory.people.models import User
from collaboratory.plaintext import fold_case_and_accents
from collaboratory.seating import services
from collaboratory.seating.forms import (
    GenerateForm,
    LockForm,
    MoveForm,
    PairForm,
    suggested_sizes,
)
from collaboratory.seating.messages import pairs_text
from collaboratory.seating.models import PlanStatus, SeatingPair, SeatingPlan
from collaboratory.seating.selectors import (
    AWAITING_A_SEAT,
    PlanChanges,
    gathering_over,
    guests_by_key,
    member_tables,
    names_by_key,
    pair_was_removed,
    plan_changes,
    plan_grid,
    plan_locked,
    plan_made_from,
    plans_evaluated,
    plans_for_gathering,
    published_plans_against,
    rule_guests,
    rules_broken,
    seated_keys,
    seating_pairs,
    seating_published,
    seating_sessions,
    session_published,
    standing,
    student_rules,
)

MANAGE = "seating.manage"


# A table card with more names than this prints them smaller, in two columns (app.css).
LARGE_CARD = 10
# A name longer than this (characters) wraps on a printed card, in one column or in two: the
# card then prints its names smaller (app.css `is-long`), so it stays on one page.
LONG_NAME = {False: 30, True: 22}


def _rule_against_text(network_slug: str, against: Sequence[SeatingPlan]) -> str:
    """The warning that published seatings break a rule just saved, each plan a link to
    open it (the template escapes the words; the names are escaped here)."""
    links = format_html_join(
        ", ",
        '<a href="{}">{} ({})</a>',
        (
            (
                reverse("seating:plan", kwargs={"network_slug": network_slug, "plan_id": p.pk}),
                p.session_label,
                p.gathering.title,
            )
            for p in against
        ),
    )
    return render_to_string("seating/_rule_against.html", {"links": links})


def _error_text(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return " ".join(str(m) for ms in error.message_dict.values() for m in ms)
    return " ".join(error.messages)


def _gathering(gathering_id: int) -> Gathering:
    return get_object_or_404(Gathering.objects.select_related("network"), pk=gathering_id)


def _plan(plan_id: int) -> SeatingPlan:
    return get_object_or_404(
        SeatingPlan.objects.select_related("gathering", "agenda_item", "network", "created_by"),
        pk=plan_id,
    )


@network_view(MANAGE)
def gathering_seating(
    request: NetworkRequest, network_slug: str, gathering_id: int
) -> HttpResponse:
    """A gathering's seating: its sessions, every plan version, and the form that makes one."""
    gathering = _gathering(gathering_id)
    over = gathering_over(gathering)
    if over and request.method == "POST":
        # History is not planned again: refused in words, nothing made.
        try:
            services.checked_not_over(gathering=gathering)
        except ValidationError as error:
            messages.error(request, _error_text(error))
        return redirect("seating:gathering", network_slug=network_slug, gathering_id=gathering.pk)
    plans = plans_for_gathering(gathering=gathering)
    coming = seated_keys(gathering=gathering)
    states = plans_evaluated(plans=plans, coming=coming)
    sessions = seating_sessions(gathering=gathering)
    form = GenerateForm(
        request.POST or None,
        sessions=sessions,
        people=len(coming),
        initial={"table_sizes": suggested_sizes(len(coming)), "rounds": 1},
    )
    if request.method == "POST" and form.is_valid():
        try:
            plan = services.plan_generate(
                gathering=gathering,
                agenda_item=form.agenda_item(),
                rounds=form.cleaned_data["rounds"],
                table_sizes=form.cleaned_data["table_sizes"],
                actor=request.user,
                form_token=form.cleaned_data["token"],
            )
        except services.PlanAlreadyMade as made:
            return _already_made(request, made)
        except ValidationError as error:
            _form_errors_add(form, error)
        else:
            messages.success(request, _("Plan generated: version %(v)d.") % {"v": plan.version})
            return redirect("seating:plan", network_slug=network_slug, plan_id=plan.pk)
    # A draft a newer version was made from is not refreshed again: the list names that
    # version rather than "Out of date" (read from the plans at hand, no query more).
    newer = {p.made_from_id: p.version for p in plans if p.made_from_id is not None}
    return render(
        request,
        "seating/gathering.html",
        {
            "gathering": gathering,
            # Once over, nothing is out of date: the plans are history (`_moved_past`).
            "plans": [
                (
                    p,
                    states[p.pk],
                    # The published plan stays "Out of date" (members read it) and names
                    # the draft to publish.
                    None
                    if over or (p.is_draft and p.pk in newer)
                    else _moved_past(p, states[p.pk].grid, coming),
                    None if over or p.status == PlanStatus.SUPERSEDED else newer.get(p.pk),
                )
                for p in plans
            ],
            "coming": len(coming),
            "form": form,
            "has_sessions": bool(sessions),
            "over": over,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def _moved_past(plan: SeatingPlan, grid: Any, coming: list[str]) -> tuple[int, int] | None:
    """(more coming, no longer coming) when the RSVPs changed since a draft or the published
    plan was made, for the plans list to say so (a replaced plan is history: None)."""
    if plan.status == PlanStatus.SUPERSEDED:
        return None
    seated = {p for tables in grid for table in tables for p in table}
    added, dropped = len(set(coming) - seated), len(seated - set(coming))
    return (added, dropped) if added or dropped else None


def _board(plan: SeatingPlan) -> dict[str, Any]:
    """The plan as the page draws it: rounds of tables of people, with locks, and the
    cost as it stands, in words (the figures stewards see leave ideology out: it is never
    used)."""
    state = plans_evaluated(plans=[plan])[plan.pk]
    grid, inputs, cost = state.grid, state.inputs, state.cost
    keys = {p for tables in grid for table in tables for p in table}
    # A youth guest as the door list names them, with their cohort and its stewards: the
    # initials and the cohort tell two guests apart, so the board needs no family name.
    guests = guests_by_key(gathering=plan.gathering, keys=keys)
    names = names_by_key(keys=keys, gathering=plan.gathering, guests=guests)
    locks = plan_locked(plan=plan)
    changes = plan_changes(plan=plan, grid=grid)
    gone = set(changes.no_longer_coming)
    broken = rules_broken(cost=cost, grid=state.scored, inputs=inputs, locks=locks)
    # The tables where a rule is broken: the board marks them, where the steward fixes it.
    marked = {place for rule in broken for place in rule.tables}
    rounds = [
        {
            "number": r + 1,
            "index": r,
            "tables": [
                {
                    "index": t,
                    "number": t + 1,
                    "size": plan.table_sizes[t],
                    "locked": (r, t) in locks,
                    "broken": (r, t) in marked,
                    # Seats taken by people still coming: a cancellation's seat is free.
                    "taken": sum(1 for p in table if p not in gone),
                    "people": sorted(
                        (
                            {
                                "id": p,
                                "name": names[p],
                                "minor": p in inputs.minors,
                                "guest": guests.get(p),
                                "gone": p in gone,
                            }
                            for p in table
                        ),
                        key=lambda row: fold_case_and_accents(str(row["name"])),
                    ),
                }
                for t, table in enumerate(tables)
            ],
        }
        for r, tables in enumerate(grid)
    ]
    # The planner's lower bound, in words: repeats no plan at these tables avoids, so the
    # steward changes the tables rather than re-planning again (never "bound" or "gap").
    # It holds for the people the plan was made for: not once the RSVPs moved past it.
    bound = 0 if changes else min(int(plan.lower_bound or 0), len(state.repeated))
    unavoidable = (
        ngettext(
            "At these tables at least %(n)d pair must sit together again whatever the plan "
            "(more, smaller tables or fewer rounds can lower it).",
            "At these tables at least %(n)d pairs must sit together again whatever the plan "
            "(more, smaller tables or fewer rounds can lower it).",
            bound,
        )
        % {"n": bound}
        if bound
        else ""
    )
    over = gathering_over(plan.gathering)
    # A draft a Refresh or Re-plan left behind: its changes go on the newer version.
    newer = plan_made_from(plan=plan) if plan.is_draft else None
    return {
        "plan": plan,
        # A gathering that is over keeps its plans as history: read, never edited.
        "over": over,
        "newer": newer,
        "editable": plan.is_draft and not over and newer is None,
        "rounds": rounds,
        "cost": cost,
        "unavoidable": unavoidable,
        "violations": [rule.text for rule in broken],
        "state": state,
        "repeated_names": pairs_text(
            [(names[a], names[b]) for a, b in (sorted(pair) for pair in state.repeated)]
        ),
        "people": _move_choices(names, guests),
        "changes": changes,
    }


def _move_choices(names: dict[str, str], guests: Mapping[str, YouthGuestAtDoor]) -> dict[str, str]:
    """The "Move someone" form's people, by name: a youth guest with their cohort, so two
    guests of one first name and initials from two cohorts read apart there too."""
    shown = {
        key: f"{name} · {guests[key].cohort}" if key in guests else name
        for key, name in names.items()
    }
    return dict(sorted(shown.items(), key=lambda kv: (fold_case_and_accents(kv[1]), kv[0])))


def _plan_page(
    request: NetworkRequest, plan: SeatingPlan, *, status: int = 200, **extra: Any
) -> HttpResponse:
    context = _board(plan)
    context["move_form"] = extra.pop("move_form", None) or MoveForm(
        people=context["people"], rounds=plan.rounds, tables=len(plan.table_sizes)
    )
    context.update(extra)
    if request.htmx:
        return render(request, "seating/_board.html", context, status=status)
    # The form's answer stands beside it; a plan no longer editable has no form: the board.
    if done := _move_done(request, plan):
        context["move_done" if context["editable"] else "board_message"] = done
    # The whole page: the session's other versions, and the one members have.
    versions = [
        p
        for p in plans_for_gathering(gathering=plan.gathering)
        if p.agenda_item_id == plan.agenda_item_id
    ]
    context["versions"] = versions
    context["members_had"] = next((p for p in versions if p.status == PlanStatus.PUBLISHED), None)
    return render(request, "seating/plan.html", context, status=status)


@network_view(MANAGE)
def plan_detail(request: NetworkRequest, network_slug: str, plan_id: int) -> HttpResponse:
    return _plan_page(request, _plan(plan_id))


def _after_write(
    request: NetworkRequest, plan: SeatingPlan, error: ValidationError | None, done: str
) -> HttpResponse:
    """htmx gets the board again, with the message in it; a plain form goes back."""
    if request.htmx:
        plan.refresh_from_db()
        return _plan_page(
            request,
            plan,
            board_message=_error_text(error) if error else done,
            board_error=error is not None,
        )
    if error is not None:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, done)
    return redirect("seating:plan", network_slug=request.network.slug, plan_id=plan.pk)


@require_POST
@network_view(MANAGE)
def plan_move(request: NetworkRequest, network_slug: str, plan_id: int) -> HttpResponse:
    plan = _plan(plan_id)
    grid = plan_grid(plan=plan)
    keys = {p for tables in grid for table in tables for p in table}
    guests = guests_by_key(gathering=plan.gathering, keys=keys)
    names = names_by_key(keys=keys, gathering=plan.gathering, guests=guests)
    form = MoveForm(
        request.POST,
        people=_move_choices(names, guests),
        rounds=plan.rounds,
        tables=len(plan.table_sizes),
    )
    if not form.is_valid():
        if not request.htmx:
            return _move_refused(request, plan, form)
        return _after_write(request, plan, ValidationError(_form_text(form)), "")
    data = form.cleaned_data
    person, swap_with = data["person"], data["swap_with"] or None
    try:
        services.seat_move(
            plan=plan,
            round_=data["round"] - 1,
            person=person,
            table=data["table"] - 1,
            swap_with=swap_with,
            actor=request.user,
        )
    except services.AlreadySeated as seated:
        # Pressed twice: the first press made the move, so the second is told, not scolded.
        if not request.htmx:
            return _moved(request, plan, _error_text(seated))
        return _after_write(request, plan, None, _error_text(seated))
    except ValidationError as error:
        if not request.htmx:
            _form_errors_add(form, error)
            return _move_refused(request, plan, form)
        return _after_write(request, plan, error, "")
    if swap_with is not None:
        done = _("%(a)s and %(b)s swapped tables in round %(r)d.") % {
            "a": names[person],
            "b": names[swap_with],
            "r": data["round"],
        }
    else:
        done = _("%(name)s moved to table %(t)d in round %(r)d.") % {
            "name": names[person],
            "t": data["table"],
            "r": data["round"],
        }
    if not request.htmx:
        return _moved(request, plan, done)
    return _after_write(request, plan, None, done)


# The "Move someone" form's section: the keyboard's way to move, where its answer stands.
MOVE_SECTION = "move-someone"
# The session key of the form's answer, read once by the plan's page (`_move_done`).
MOVE_DONE = "seating_move_done"


def _move_done(request: NetworkRequest, plan: SeatingPlan) -> str:
    """The answer of the form's last move on `plan`, once (the page after the redirect)."""
    done = request.session.get(MOVE_DONE)
    if not isinstance(done, dict) or done.get("plan") != plan.pk:
        return ""
    del request.session[MOVE_DONE]
    return str(done.get("text", ""))


def _move_refused(request: NetworkRequest, plan: SeatingPlan, form: MoveForm) -> HttpResponse:
    """The form (the keyboard's way to move) refused: the page again with the choices kept
    and the reason beside the form, not a line at the top of the page and the form emptied
    many tab stops away. A plan no longer editable (published or over since the page was
    drawn) has no form to stand beside: the reason goes to the top of its page."""
    plan.refresh_from_db()
    if not plan.is_draft or gathering_over(plan.gathering):
        messages.error(request, _form_text(form))
        return redirect("seating:plan", network_slug=request.network.slug, plan_id=plan.pk)
    return _plan_page(request, plan, status=400, move_form=form)


def _moved(request: NetworkRequest, plan: SeatingPlan, done: str) -> HttpResponse:
    """The form's move done: back to the form (the page scrolls there), which says so. In
    the session, not a flash message: base.html prints every one at the top of the page,
    so the answer stood there and beside the form alike."""
    request.session[MOVE_DONE] = {"plan": plan.pk, "text": done}
    url = reverse("seating:plan", kwargs={"network_slug": request.network.slug, "plan_id": plan.pk})
    return redirect(f"{url}#{MOVE_SECTION}")


def _form_errors_add(form: forms.Form, error: ValidationError) -> None:
    """The service's refusal at the form's fields it names (round, table...), the rest
    above the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def _form_text(form: Any) -> str:
    return " ".join(
        f"{form.fields[field].label if field in form.fields else ''}: {message}".lstrip(": ")
        for field, errors in form.errors.items()
        for message in errors
    )


@require_POST
@network_view(MANAGE)
def plan_lock(request: NetworkRequest, network_slug: str, plan_id: int) -> HttpResponse:
    plan = _plan(plan_id)
    form = LockForm(request.POST)
    if not form.is_valid():
        return _after_write(request, plan, ValidationError(_form_text(form)), "")
    data = form.cleaned_data
    try:
        services.table_lock_set(
            plan=plan,
            round_=data["round"] - 1,
            table=data["table"] - 1,
            locked=data["locked"],
            actor=request.user,
        )
    except ValidationError as error:
        return _after_write(request, plan, error, "")
    done = (
        _("Table %(t)d is locked in round %(r)d.")
        if data["locked"]
        else _("Table %(t)d is unlocked in round %(r)d.")
    ) % {"t": data["table"], "r": data["round"]}
    return _after_write(request, plan, None, done)


@require_POST
@network_view(MANAGE)
def plan_refresh(request: NetworkRequest, network_slug: str, plan_id: int) -> HttpResponse:
    """Re-seat only who changed (a new draft version); or, with `everyone`, run the solver
    again for everyone except the locked tables."""
    plan = _plan(plan_id)
    try:
        if request.POST.get("everyone"):
            new = services.plan_replan(plan=plan, actor=request.user)
            done = _("Version %(v)d: everyone re-planned except the locked tables.") % {
                "v": new.version
            }
        else:
            new, summary = services.plan_refresh(plan=plan, actor=request.user)
            done = _refresh_text(new.version, summary)
            if summary.broken or summary.latecomers_repeat:
                messages.warning(request, done)
                return redirect("seating:plan", network_slug=network_slug, plan_id=new.pk)
    except services.PlanAlreadyMade as made:
        return _already_made(request, made)
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect("seating:plan", network_slug=network_slug, plan_id=plan.pk)
    messages.success(request, done)
    return redirect("seating:plan", network_slug=network_slug, plan_id=new.pk)


def _already_made(request: NetworkRequest, made: services.PlanAlreadyMade) -> HttpResponse:
    """A replayed POST: nothing new was made; show the version the first one made."""
    messages.info(request, _error_text(made))
    return redirect("seating:plan", network_slug=request.network.slug, plan_id=made.plan.pk)


def _refresh_text(version: int, summary: services.RefreshSummary) -> str:
    changes = [
        ngettext("%(n)d newcomer seated", "%(n)d newcomers seated", summary.added)
        % {"n": summary.added},
        ngettext("%(n)d cancellation removed", "%(n)d cancellations removed", summary.dropped)
        % {"n": summary.dropped},
    ]
    if summary.tables_grown:
        changes.append(
            ngettext(
                "%(n)d table grew by a seat", "%(n)d tables grew by a seat", summary.tables_grown
            )
            % {"n": summary.tables_grown}
        )
    if summary.tables_added:
        changes.append(
            ngettext("%(n)d table added", "%(n)d tables added", summary.tables_added)
            % {"n": summary.tables_added}
        )
    if summary.adults_moved:
        changes.append(
            ngettext(
                "%(n)d adult moved to sit with a young person",
                "%(n)d adults moved to sit with young people",
                summary.adults_moved,
            )
            % {"n": summary.adults_moved}
        )
    if summary.minors_moved:
        changes.append(
            ngettext(
                "%(n)d young person moved to a table with two adults",
                "%(n)d young people moved to tables with two adults",
                summary.minors_moved,
            )
            % {"n": summary.minors_moved}
        )
    moved = (summary.added, summary.dropped, summary.tables_grown, summary.tables_added)
    if not any((*moved, summary.adults_moved, summary.minors_moved)):
        # Nobody changed: a draft of a published plan that breaks a rule (`plan_refresh`).
        text = _("Version %(v)d: a draft with the same seats, everyone kept their seat.") % {
            "v": version
        }
    else:
        text = _("Version %(v)d: %(changes)s; everyone else kept their seat.") % {
            "v": version,
            "changes": ", ".join(changes),
        }
    if summary.latecomers_repeat:
        # The honest cost of keeping everyone's seat: say it, and how to spread them again.
        text += " " + ngettext(
            "Refreshing seated %(n)d person in the room the kept seats left: repeats rose "
            "from %(before)d to %(after)d. Re-plan everyone except locked tables to spread "
            "them again.",
            "Refreshing seated %(n)d people in the room the kept seats left: repeats rose "
            "from %(before)d to %(after)d. Re-plan everyone except locked tables to spread "
            "them again.",
            summary.added,
        ) % {"n": summary.added, "before": summary.repeats_before, "after": summary.repeats_after}
    for reason in summary.groups_unmoved:
        text += " " + reason
    if summary.broken:
        text += " " + ngettext(
            "It still breaks %(count)d hard rule, so it cannot be published yet: %(rules)s. "
            "Move people by hand, unlock a table or re-plan everyone.",
            "It still breaks %(count)d hard rules, so it cannot be published yet: %(rules)s. "
            "Move people by hand, unlock a table or re-plan everyone.",
            len(summary.broken),
        ) % {"count": len(summary.broken), "rules": "; ".join(summary.broken)}
    return text


@require_POST
@network_view(MANAGE)
def plan_publish(request: NetworkRequest, network_slug: str, plan_id: int) -> HttpResponse:
    plan = _plan(plan_id)
    try:
        services.plan_publish(plan=plan, actor=request.user)
    except ValidationError as error:
        plan.refresh_from_db(fields=["status"])
        if plan.status == PlanStatus.PUBLISHED:
            # Publish pressed twice: the browser shows this second answer, not the first.
            messages.info(request, _("This plan is already published: members see their table."))
        else:
            messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Published: members now see their table."))
    return redirect("seating:plan", network_slug=network_slug, plan_id=plan.pk)


def _card(r: int, t: int, names: list[str]) -> dict[str, Any]:
    """One table card: large tables print smaller, in two columns, and long names smaller
    still, so a card fits one page."""
    large = len(names) > LARGE_CARD
    return {
        "round": r + 1,
        "table": t + 1,
        "names": sorted(names, key=fold_case_and_accents),
        "large": large,
        "long": max(map(len, names)) > LONG_NAME[large],
    }


def _print_context(plan: SeatingPlan) -> dict[str, Any]:
    """Cards and the list by name seat only who is still coming: someone who cancelled since
    the plan was made is left off, and named above (not printed) so the steward knows; so is
    anyone coming whom the plan has no seat for, who would otherwise be missing unnoticed.
    Once the gathering is over the paper is a record: the plan as it was, everyone seated,
    with no advice for the door."""
    state = plans_evaluated(plans=[plan])[plan.pk]
    grid = state.grid
    over = gathering_over(plan.gathering)
    changes = PlanChanges({}, {}) if over else plan_changes(plan=plan, grid=grid)
    gone = changes.no_longer_coming
    # The rules it breaks among those still coming (a young person left with one adult by
    # cancellations): the cards would seat them so at the door.
    broken = (
        []
        if over
        else [
            rule.text
            for rule in rules_broken(
                cost=state.cost,
                grid=state.scored,
                inputs=state.inputs,
                locks=plan_locked(plan=plan),
            )
        ]
    )
    grid = [[[p for p in table if p not in gone] for table in tables] for tables in grid]
    keys = {p for tables in grid for table in tables for p in table}
    # A youth guest as the door list names them (first name and initials, their cohort and
    # its stewards beside), on the list by name as on the host's door list.
    guests = guests_by_key(gathering=plan.gathering, keys=keys)
    names = names_by_key(keys=keys, gathering=plan.gathering, guests=guests)
    # The cards sit on the tables for the room to read: a young person by first name only,
    # as on members' phones. The list by name stays with the stewards at the door.
    minors = state.inputs.minors & set(names)
    on_cards = {p: minor_name(name) if p in minors else name for p, name in names.items()}
    by_name: dict[str, list[int]] = {key: [0] * plan.rounds for key in names}
    for r, tables in enumerate(grid):
        for t, table in enumerate(tables):
            for person in table:
                by_name[person][r] = t + 1
    return {
        "plan": plan,
        "cards": [
            _card(r, t, [on_cards[p] for p in table])
            for r, tables in enumerate(grid)
            for t, table in enumerate(tables)
            if table
        ],
        # Sorted by the name shown: a youth guest by first name and initials.
        "by_name": sorted(
            ((names[key], guests.get(key), tables) for key, tables in by_name.items()),
            key=lambda row: fold_case_and_accents(row[0]),
        ),
        "round_numbers": range(1, plan.rounds + 1),
        # The network's own young members keep their full names there (as at the door).
        "minors_named": bool(minors - set(guests)),
        "gone": list(gone.values()),
        # Coming but not on the paper (a late "yes", a check-in): said above, not printed.
        "unseated": list(changes.unseated.values()),
        "broken": "; ".join(broken),
        "broken_count": len(broken),
        # A draft or a replaced version printed is not what members see: said above.
        "published": None
        if over or plan.status == PlanStatus.PUBLISHED
        else session_published(plan=plan),
        "over": over,
    }


@network_view(MANAGE)
def plan_cards(request: NetworkRequest, network_slug: str, plan_id: int) -> HttpResponse:
    """Table cards to print: one per table per round, the names large."""
    return render(request, "seating/cards.html", _print_context(_plan(plan_id)))


@network_view(MANAGE)
def plan_names(request: NetworkRequest, network_slug: str, plan_id: int) -> HttpResponse:
    """The list by name for the door: each person's table in every round."""
    return render(request, "seating/names.html", _print_context(_plan(plan_id)))


@network_view(MANAGE)
def pairs(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """Keep-apart and keep-together rules; the reasons are shown to stewards only."""
    form = PairForm(request.POST or None, network=request.network)
    if request.method == "POST" and form.is_valid():
        first: User = form.cleaned_data["first"]
        second: User = form.cleaned_data["second"]
        try:
            services.seating_pair_add(
                network=request.network,
                kind=form.cleaned_data["kind"],
                first=first,
                second=second,
                reason=form.cleaned_data["reason"],
                actor=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(request, _("Rule saved: the next plan follows it."))
            # A published seating is not changed by a rule: say where it breaks it.
            against = published_plans_against(
                network=request.network, kind=form.cleaned_data["kind"], first=first, second=second
            )
            if against:
                messages.warning(request, _rule_against_text(network_slug, against))
            return redirect("seating:pairs", network_slug=network_slug)
    guests = rule_guests(network=request.network)
    pairs = seating_pairs(network=request.network)
    for pair in pairs:
        # A youth guest by first name only, as on the form: the host's stewards need no
        # more of a cohort's student to read or remove a rule.
        pair.first_shown, pair.second_shown = (  # type: ignore[attr-defined]
            minor_name(person.full_name) if person.pk in guests else person.full_name
            for person in (pair.first, pair.second)
        )
    return render(
        request,
        "seating/pairs.html",
        {"form": form, "pairs": pairs, "guests": guests},
        status=400 if form.is_bound and form.errors else 200,
    )


@require_POST
@network_view(MANAGE)
def pair_remove(request: NetworkRequest, network_slug: str, pair_id: int) -> HttpResponse:
    """Remove a rule. A second Remove of it (a double click, a stale page) says so; a rule
    this network never had is 404, so another network's rules stay unknown."""
    pair = SeatingPair.objects.select_related("network").filter(pk=pair_id).first()
    if pair is None:
        if not pair_was_removed(network=request.network, pair_id=pair_id):
            raise Http404
        messages.info(request, _("This rule was already removed."))
        return redirect("seating:pairs", network_slug=network_slug)
    services.seating_pair_remove(pair=pair, actor=request.user)
    messages.success(request, _("Rule removed."))
    return redirect("seating:pairs", network_slug=network_slug)


@network_view()
def student_rules_page(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """A youth cohort's stewards: the host network's seating rules that name one of their
    students (`selectors.student_rules`: with whom and who set it, never the reason). Only
    in a youth cohort: anywhere else the page is not there."""
    if request.network.kind != NetworkKind.YOUTH:
        raise Http404
    require_perm(request, "seating.view_student_rules")
    rules = student_rules(cohort=request.network)
    # An adult reading about minors: audited, as a youth member's page is.
    services.student_rules_read_record(cohort=request.network, viewer=request.user, rules=rules)
    return render(
        request,
        "seating/student_rules.html",
        {"rules": rules, "host": request.network.parent},
    )


@network_view("seating.view_own_table")
def my_table(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """Your table in each round of the gathering's published plans: the table number and
    the names of the others there, nothing else about them."""
    gathering = _gathering(gathering_id)
    plans = member_tables(gathering=gathering, user=request.user)
    # Once it is over the page says where they sat, not where they will sit.
    context: dict[str, Any] = {
        "gathering": gathering,
        "plans": plans,
        "over": gathering_over(gathering),
    }
    if not plans:
        # Why there is no table: each case says what happens next.
        context["standing"] = standing(gathering=gathering, user=request.user)
        # A pass ties them instead (sent a substitute, or come as one): "You have not
        # answered" was said to a member whose substitute took a free seat.
        context["tie"] = substitute_tie(gathering=gathering, user=request.user)
        context["published"] = seating_published(gathering=gathering)
    if request.htmx:
        # On the gathering page: the member's table once published; without one, the same
        # reason as their own page for someone coming whom the published seating leaves out
        # (a steward seats them). Nothing before the seating is out, nor for someone not
        # coming: the RSVP on the page says where they stand.
        awaiting = context.get("published") and context.get("standing") in AWAITING_A_SEAT
        if not plans and not awaiting:
            return HttpResponse("")
        return render(request, "seating/_mine.html", {**context, "fragment": True})
    return render(request, "seating/mine.html", context)
