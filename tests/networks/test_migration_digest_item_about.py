"""networks 0018-0020: whom a queued weekly-digest item names moves from its comma text
(",12,34,", found by a scan of every item's text) to `DigestItemAbout` rows. The items
queued before the upgrade keep naming the same people, so a deletion after it still drops
them; an item naming an account already gone is dropped; and going back writes the text
again."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from collaboratory.networks.mail import digest_items_forget
from collaboratory.networks.models import DigestItem, DigestItemAbout
from tests.factories import MembershipFactory, NetworkFactory, UserFactory
from tests.migrations import migrate_to

pytestmark = pytest.mark.django_db(transaction=True)

TEXT = [("networks", "0018_digest_item_about_rows")]
HEAD = [("networks", "0020_digest_item_about_text_removed")]


def _queue(apps, network, reader, subject: str, about: str) -> int:  # type: ignore[no-untyped-def]
    item = apps.get_model("networks", "DigestItem").objects.create(
        network_id=network.pk, user_id=reader.pk, kind="reminders", subject=subject, about=about
    )
    return item.pk


def test_items_queued_before_keep_naming_the_same_people(at_head: None) -> None:
    with scopes_disabled():
        network = NetworkFactory()
        dana = MembershipFactory(network=network).user
        presenter, other = UserFactory(), UserFactory()
        gone = UserFactory()
        gone_id = gone.pk
        gone.delete()  # removed without the deletion hook (an admin's delete)
    apps = migrate_to(TEXT)
    both = _queue(apps, network, dana, "Both", f",{presenter.pk},{other.pk},")
    one = _queue(apps, network, dana, "One", f",{other.pk},")
    plain = _queue(apps, network, dana, "None", "")
    stale = _queue(apps, network, dana, "Gone", f",{presenter.pk},{gone_id},")

    migrate_to(HEAD)

    with scopes_disabled():
        rows = sorted(DigestItemAbout.objects.values_list("item_id", "user_id"))
        assert rows == sorted([(both, presenter.pk), (both, other.pk), (one, other.pk)])
        kept = set(DigestItem.objects.values_list("pk", flat=True))
        assert kept == {both, one, plain}  # not `stale`, which named an account gone
        assert stale not in kept
        assert list(DigestItem.objects.filter(about=presenter)) == [DigestItem(pk=both)]
    # The deletion hook finds them through the rows now: `other` is named by two.
    assert digest_items_forget(user_id=other.pk, email=other.email) == 2
    with scopes_disabled():
        assert list(DigestItem.objects.values_list("pk", flat=True)) == [plain]
        assert not DigestItemAbout.objects.exists()


def test_going_back_writes_the_text_again(at_head: None) -> None:
    with scopes_disabled():
        network = NetworkFactory()
        dana = MembershipFactory(network=network).user
        presenter, other = UserFactory(), UserFactory()
    apps = migrate_to(TEXT)
    both = _queue(apps, network, dana, "Both", f",{other.pk},{presenter.pk},")
    migrate_to(HEAD)

    apps = migrate_to(TEXT)

    item = apps.get_model("networks", "DigestItem").objects.get(pk=both)
    low, high = sorted([presenter.pk, other.pk])
    assert item.about == f",{low},{high},"
