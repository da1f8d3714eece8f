"""Emails in the recipient's language: one person's email renders in their saved language,
and one message to many is rendered once per language (all through networks.mail)."""

from __future__ import annotations

from django.core import mail
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.networks.services import invitation_create
from collaboratory.people.models import User
from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for
from tests.mail.conftest import Youth, commit, news_post


def test_an_invitation_is_written_in_the_invitees_language(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    steward = world.personas["steward"]
    assert steward is not None
    spanish = User.objects.create_user(email="ana@es.example", full_name="Ana", password=None)
    user_language_set(user=spanish, language="es")
    mail.outbox.clear()
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        invitation_create(
            network=world.alpha, email="ana@es.example", full_name="Ana", actor=steward
        )
        invitation_create(
            network=world.alpha, email="newcomer@en.example", full_name="Ned", actor=steward
        )
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects["ana@es.example"] == "Te invitan a sumarte a Alpha Collaboratory"
    assert subjects["newcomer@en.example"] == "You are invited to join Alpha Collaboratory"
    body = next(m.body for m in mail.outbox if m.to == ["ana@es.example"])
    assert "Acepta la invitación aquí" in body


def test_one_update_goes_out_once_per_language(cohort: Youth, run_tasks) -> None:  # type: ignore[no-untyped-def]
    """A project update to many committers is rendered once per language: the Spanish
    reader gets Spanish, the English reader English, and each exactly one message."""
    user_language_set(user=cohort.pat, language="es")
    commit(cohort.proposal, cohort.morgan)
    commit(cohort.proposal, cohort.pat)
    run_tasks()
    mail.outbox.clear()
    news_post(cohort, run_tasks, text="We opened!")
    to_pat = [m for m in mail.outbox if m.to == [cohort.pat.email]]
    to_morgan = [m for m in mail.outbox if m.to == [cohort.morgan.email]]
    assert [m.subject for m in to_pat] == [f"Novedades de {cohort.proposal.title}"]
    assert [m.subject for m in to_morgan] == [f"News from {cohort.proposal.title}"]
    assert "We opened!" in to_pat[0].body


def test_a_login_code_is_sent_in_the_accounts_language(world: World) -> None:
    """allauth's own emails (login code, password reset) follow the account's language even
    when the page asking for them is English."""
    member = world.personas["member"]
    assert member is not None
    user_language_set(user=member, language="es")
    mail.outbox.clear()
    client_for(None).post(reverse("account_request_login_code"), {"email": member.email})
    user_language_set(user=member, language="")
    client_for(None).post(reverse("account_request_login_code"), {"email": member.email})

    spanish, english = (m.subject for m in mail.outbox)
    assert "Sign-In Code" in english or "Login Code" in english, english
    assert spanish != english
    assert "inicio de sesión" in spanish.lower() or "código" in spanish.lower(), spanish
