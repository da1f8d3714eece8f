"""The installation's last active platform admin cannot delete their account: no one would
be left to open networks or see the platform overview, and only a shell on the server could
make another. Like the last steward: "My data" says what to do first, and the deletion
refuses under lock, changing nothing, so two last admins deleting at once leave one."""

from __future__ import annotations

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from collaboratory.people.models import User
from collaboratory.people.services import account_delete
from tests.conftest import World, client_for
from tests.factories import UserFactory

LAST_ADMIN = "You are the last platform admin of this installation"


def test_the_last_platform_admin_is_told_what_to_do_and_nothing_is_deleted(
    world: World,
) -> None:
    admin, other = world.personas["platform_admin"], world.personas["admin_member"]
    assert admin is not None
    assert other is not None
    # An admin who can no longer sign in runs nothing.
    UserFactory(email="gone-admin@platform.example", is_platform_admin=True, is_active=False)

    page_while_two = client_for(admin).get("/me/data/").content.decode()
    first_goes = client_for(other).post("/me/data/", {"confirm_email": other.email})
    page = client_for(admin).get("/me/data/").content.decode()
    refused = client_for(admin).post("/me/data/", {"confirm_email": admin.email})

    assert LAST_ADMIN not in page_while_two
    assert first_goes.status_code == 302
    assert not User.objects.filter(pk=other.pk).exists()
    assert LAST_ADMIN in page
    assert refused.status_code == 400
    assert LAST_ADMIN in refused.content.decode()
    assert User.objects.filter(pk=admin.pk).exists()
    with pytest.raises(ValidationError, match="last platform admin"):
        account_delete(user=admin, confirm_email=admin.email)


def test_a_member_who_is_no_admin_is_not_held_back(world: World) -> None:
    member = world.personas["member"]
    assert member is not None
    User.objects.filter(is_superuser=True).exclude(pk=member.pk).update(is_active=False)

    done = client_for(member).post("/me/data/", {"confirm_email": member.email})

    assert done.status_code == 302
    assert not User.objects.filter(pk=member.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_two_last_platform_admins_deleting_at_once_leave_one(world: World) -> None:
    admins = [world.personas["platform_admin"], world.personas["admin_member"]]
    assert all(admins)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def delete(person: User) -> None:
        try:
            barrier.wait()
            account_delete(user=person, confirm_email=person.email)
            outcomes.append("deleted")
        except ValidationError:
            outcomes.append("refused")
        except BaseException as error:  # collected and asserted below
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=delete, args=(p,)) for p in admins]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["deleted", "refused"]
    assert User.objects.filter(is_superuser=True, is_active=True).count() == 1
