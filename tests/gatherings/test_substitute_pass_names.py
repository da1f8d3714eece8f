"""What a substitute reads of the member who named them: the first name and the network's
name, never the full name. The substitute may be no member, and the pass (its email, its
page) is a link that can be forwarded; the pass email and page said "Rosa Maria Delgado has
asked you ..." and "In place of Rosa Maria Delgado", in English and in Spanish (and named a
student in full when a youth member sent someone)."""

from __future__ import annotations

from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for
from tests.factories import GatheringFactory
from tests.gatherings.substitute_setup import approved, member_rosa

FULL_NAME = "Rosa Maria Delgado"


def test_the_pass_email_and_page_name_the_member_by_first_name_and_network(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Failed on the old code: "Rosa Maria Delgado has asked you ..." and "In place of
    Rosa Maria Delgado."."""
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    _request, token = approved(
        world, gathering, member_rosa(world, FULL_NAME), django_capture_on_commit_callbacks
    )

    [sent] = mail.outbox
    assert sent.to == ["sam@example.org"]
    assert sent.subject == "Your pass for Spring Gathering"
    assert (
        "Rosa, a member of Alpha Collaboratory, has asked you to take their place at "
        "Spring Gathering." in sent.body
    )
    for surname in ("Maria", "Delgado"):
        assert surname not in sent.subject
        assert surname not in sent.body
    page = client_for(None).get(f"/gatherings/pass/key/{token}/").content.decode()
    assert "In place of Rosa, a member of Alpha Collaboratory." in page
    assert "Delgado" not in page
    assert "Maria" not in page


def test_in_spanish_too(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Encuentro de primavera")
    rosa = member_rosa(world, FULL_NAME)
    user_language_set(user=rosa, language="es")
    _request, token = approved(world, gathering, rosa, django_capture_on_commit_callbacks)

    [sent] = mail.outbox
    assert sent.subject == "Tu pase para Encuentro de primavera"
    assert (
        "Rosa, miembro de Alpha Collaboratory, te pidió que ocupes su lugar en "
        "Encuentro de primavera." in sent.body
    )
    assert "Delgado" not in sent.body
    page = (
        client_for(None)
        .get(f"/gatherings/pass/key/{token}/", HTTP_ACCEPT_LANGUAGE="es")
        .content.decode()
    )
    assert "En lugar de Rosa, miembro de Alpha Collaboratory." in page
    assert "Delgado" not in page


def test_a_youth_member_who_sends_someone_is_named_by_first_name_alone(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """A student sends a substitute to their cohort's gathering: the adult who gets the
    pass reads the student's first name, not the full name."""
    gathering = GatheringFactory(network=world.youth, title="Spring Gathering")
    youth = world.personas["youth_member"]
    with scopes_disabled():
        youth.full_name = "Yara Young Student"
        youth.save(update_fields=["full_name"])
    _request, token = approved(world, gathering, youth, django_capture_on_commit_callbacks)

    sam_mail = [m for m in mail.outbox if m.to == ["sam@example.org"]]
    assert len(sam_mail) == 1
    assert "Yara, a member of Alpha Youth" in sam_mail[0].body
    assert "Young Student" not in sam_mail[0].body
    page = client_for(None).get(f"/gatherings/pass/key/{token}/").content.decode()
    assert "Young Student" not in page
