"""My commitments draws its rows from `_row.html` rendered once per shape and filled in per row
(`followthrough.views.rows_html`): the rows must equal what the template renders for each
row, character for character, whatever the names hold, in every status, for each party, in
English and Spanish; and the page must keep its links, its 'more' link and its filters."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from django_scopes import scope, scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.commitments.models import Commitment
from collaboratory.followthrough import views
from collaboratory.followthrough.selectors import (
    commitment_rows,
    commitment_rows_to_me,
    commitments_owed,
)
from collaboratory.networks.http import STAND_IN_ID
from collaboratory.networks.models import Membership
from collaboratory.people.models import User
from tests.conftest import client_for
from tests.followthrough.conftest import Project

MINE = "/n/alpha/follow-through/"
KEY = re.compile(r'name="idempotency_key" value="([0-9a-f-]{36})"')


def _keyless(row: str) -> str:
    return KEY.sub('name="idempotency_key" value="K"', row)


HOSTILE = "<script>alert('x')</script> \"Quoted\" & 'single' {{ csrf_token }} %(p)s"


def _hostile(project: Project) -> None:
    """Names and a project title that a careless page would run or break on."""
    with scopes_disabled():
        User.objects.filter(pk__in=[project.presenter.pk, project.dana.pk]).update(
            full_name=HOSTILE
        )
        project.proposal.title = HOSTILE
        project.proposal.save(update_fields=["title"])


def _many_shapes(project: Project) -> list[Commitment]:
    """Commitments in most statuses, with and without amounts, one with a delivered amount,
    a hostile promise among them."""
    made = [
        project.commit(what=HOSTILE + " I will introduce you to 3 funders by March 1"),
        project.commit(capital="financial", amount="250.50", unit="dollars"),
        project.commit(capital="intellectual", amount="2", unit="hours"),
        project.commit(amount="1", unit="introductions"),
    ]
    in_progress = project.commit()
    project.move(in_progress, project.dana, lc.IN_PROGRESS)
    done = project.commit(amount="4", unit="hours", capital="intellectual")
    project.move(done, project.dana, lc.DONE, delivered_amount=Decimal("2.5"))
    acknowledged = project.commit()
    project.move(acknowledged, project.presenter, lc.ACKNOWLEDGED)
    released = project.commit()
    project.move(released, project.dana, lc.RELEASED, note="Cannot after all")
    adjust = project.commit()
    project.move(adjust, project.presenter, lc.ADJUST_REQUESTED, note="Smaller, please")
    late = project.commit()
    project.move(late, project.dana, lc.IN_PROGRESS)
    with scopes_disabled():  # past its due day: the row says "overdue"
        Commitment.objects.filter(pk=late.pk).update(due_on=late.due_on - timedelta(days=60))
    return [*made, in_progress, done, acknowledged, released, adjust, late]


def _request(user: User, project: Project, path: str = MINE + "?status=&x=<b>\"'") -> object:
    request = RequestFactory().get(path)
    request.user = user
    request.network = project.proposal.network  # type: ignore[attr-defined]
    with scopes_disabled():
        request.membership = Membership.objects.get(  # type: ignore[attr-defined]
            network=project.proposal.network, user=user
        )
    return request


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("viewer", ["dana", "presenter", "steward"])
def test_each_row_equals_what_the_row_template_renders(
    project: Project, language: str, viewer: str
) -> None:
    _hostile(project)
    _many_shapes(project)
    user = getattr(project, viewer)
    request = _request(user, project)
    network = project.proposal.network
    links = views.row_links(network.slug)
    views._SHAPES.clear()
    with translation.override(language), scope(network=network):
        user = User.objects.get(pk=user.pk)
        request.user = user  # type: ignore[attr-defined]
        # The rows as the page reads them (plain values), and the same commitments as model
        # instances for the template.
        owed_by = project.dana if viewer == "steward" else user  # a steward sees others' rows
        rows = commitment_rows(commitments_owed(network=network, user=owed_by), 100)
        rows += commitment_rows_to_me(network=network, user=owed_by, limit=100)
        full = {
            c.pk: c
            for c in Commitment.objects.filter(pk__in=[r.pk for r in rows]).select_related(
                "committer", "proposal__proposer"
            )
        }
        assert rows
        drawn = views.rows_html(
            request,  # type: ignore[arg-type]
            rows,
            next_path=request.get_full_path(),  # type: ignore[attr-defined]
            csrf_token="Tok3n",
            links=links,
        )
        expected = [
            render_to_string(
                "followthrough/_row.html",
                {
                    "row": views._row(request, full[c.pk], links),  # type: ignore[arg-type]
                    "next": request.get_full_path(),  # type: ignore[attr-defined]
                    "csrf_token": "Tok3n",
                },
            )
            for c in rows
        ]
        # Drawn again from the shapes now cached: the same rows.
        again = views.rows_html(
            request,  # type: ignore[arg-type]
            rows,
            next_path=request.get_full_path(),  # type: ignore[attr-defined]
            csrf_token="Tok3n",
            links=links,
        )

    # Each row drawn carries a fresh update key (a UUID): the same markup around it.
    keys = [key for row in drawn + again for key in KEY.findall(row)]
    assert len(set(keys)) == len(keys)
    assert [_keyless(r) for r in drawn] == [_keyless(r) for r in expected]
    assert [_keyless(r) for r in again] == [_keyless(r) for r in expected]
    assert all("<script>" not in row for row in drawn)
    assert sum('class="overdue"' in row for row in drawn) == 1


def test_the_page_escapes_hostile_names_and_translates_its_rows(project: Project) -> None:
    _hostile(project)
    _many_shapes(project)

    english = client_for(project.dana).get(MINE).content.decode()
    client = client_for(project.presenter)
    client.cookies["django_language"] = "es"
    spanish = client.get(MINE, HTTP_ACCEPT_LANGUAGE="es").content.decode()

    for body in (english, spanish):
        assert "<script>alert" not in body
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;Quoted&quot; &amp;" in body
        assert "{{ csrf_token }} %(p)s" in body  # shown as typed, never evaluated
    assert 'value="done">Mark done</button>' in english
    assert "due " in english
    assert 'value="acknowledged">Agradecer y aceptar</button>' in spanish
    assert "vence el " in spanish
    assert "de &lt;script&gt;" in spanish


def test_rows_carry_their_own_links_and_the_pages_csrf_token(project: Project) -> None:
    made = _many_shapes(project)

    body = client_for(project.dana).get(MINE + "?capital=").content.decode()

    for commitment in made:
        pk = commitment.pk
        assert f'id="commitment-{pk}"' in body
        assert f'href="/n/alpha/follow-through/commitments/{pk}/"' in body
    first = made[0].pk  # still offered: its moves post to its own address
    assert f'action="/n/alpha/follow-through/commitments/{first}/act/"' in body
    assert f'hx-target="#commitment-{first}"' in body
    assert body.count('name="next" value="/n/alpha/follow-through/?capital="') >= len(made)
    tokens = set(
        part.split('"', 1)[0] for part in body.split('name="csrfmiddlewaretoken" value="')[1:]
    )
    assert len(tokens) == 1  # one token for the whole page, rows and header alike
    assert (str(STAND_IN_ID) in body, views._MARK in body) == (False, False)


def test_a_filtered_page_shows_its_rows_and_the_show_all_link(project: Project) -> None:
    _many_shapes(project)

    body = client_for(project.dana).get(MINE, {"capital": "financial"}).content.decode()

    assert body.count('class="commitment-row') == 1
    assert "$250.50" in body
    assert 'href="/n/alpha/follow-through/">Show all</a>' in body


def test_the_head_is_each_viewers_own_steward_or_not_and_follows_the_next_gathering(
    project: Project,
) -> None:
    """The head (title, filters, links) is drawn once per key and shared: a steward's links
    never reach a member, a renamed gathering shows at once, and the filters keep what was
    sent, escaped, with the "Show all" link only when they narrow the list."""
    steward_link = 'href="/n/alpha/follow-through/settings/"'
    gathering = project.world.gatherings["alpha"]

    member = client_for(project.dana).get(MINE).content.decode()
    steward = client_for(project.steward).get(MINE).content.decode()
    member_again = client_for(project.presenter).get(MINE).content.decode()
    with scopes_disabled():
        gathering.title = HOSTILE
        gathering.save(update_fields=["title"])
    renamed = client_for(project.dana).get(MINE).content.decode()
    typed = client_for(project.dana).get(MINE, {"status": '"><script>', "capital": "social"})
    spanish_client = client_for(project.dana)
    spanish_client.cookies["django_language"] = "es"
    spanish = spanish_client.get(MINE, {"capital": "social"}).content.decode()

    assert (steward_link in member, steward_link in steward, steward_link in member_again) == (
        False,
        True,
        False,
    )
    assert "Gratitude roll call for &lt;script&gt;alert(&#x27;x&#x27;)" in renamed
    body = typed.content.decode()
    assert "<script>" not in body
    assert 'href="/n/alpha/follow-through/">Show all</a>' not in member
    assert '<option value="social" selected>' in body
    assert ">Mostrar todos</a>" in spanish
    assert ">Filtrar</button>" in spanish
    assert '<option value="social" selected>' in spanish
