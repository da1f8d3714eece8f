"""Shared fixtures: the personas every view test uses.

`world` builds two unrelated national networks. Alpha is "ours": a member, a steward and a
youth cohort with a youth member. Bravo is foreign: its steward is the outsider persona, and
both networks carry canary strings that must never reach someone outside them. The platform
admin belongs to no network; the admin-member is a platform admin who is also a plain member
of the youth cohort.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from django.core.cache import cache, caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.utils import timezone, translation
from django_scopes import scopes_disabled
from hypothesis import settings as hypothesis_settings

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.demo.generator import DemoSummary, generate_demo
from collaboratory.gatherings.models import Gathering, GatheringFormat
from collaboratory.gatherings.services import gathering_create
from collaboratory.networks.models import Membership, Network, NetworkKind, Role
from collaboratory.networks.services import (
    guardian_consent_confirm,
    guardian_consent_request,
    invitation_create,
)
from collaboratory.people.models import AgeBand, User
from collaboratory.people.services import (
    offered_asset_add,
    profile_photo_set,
    self_description_set,
)
from collaboratory.pofile import compile_all
from tests import worldcache
from tests.factories import (
    PASSWORD,
    MembershipFactory,
    NetworkFactory,
    NominationFactory,
    UserFactory,
)

# Tests run two at a time beside other work on a 2-core machine; Hypothesis's per-example
# deadline (200 ms) then fails tests for being slow, not wrong. Speed lives in bench/.
hypothesis_settings.register_profile("collaboratory", deadline=None)
hypothesis_settings.load_profile("collaboratory")

# A 1x1 transparent PNG, as Pillow writes it. (The bytes used before had a corrupt IDAT
# checksum; browsers forgave it, and the photo service, which now decodes uploads, does not.)
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360606060000000050001a5f645400000000049454e44ae426082"
)

CANARIES = {
    "alpha": (
        "CANARY-ALPHA-TAGLINE",
        "Canaryalpha Person",
        "CANARY-ALPHA-ORG",
        "CANARY-ALPHA-OFFER",
        "Canaryalpha Nominee",
        "CANARY-ALPHA-GATHERING",
    ),
    "youth": ("CANARY-YOUTH-TAGLINE", "Canaryyouth Person", "CANARY-YOUTH-GATHERING"),
    "bravo": (
        "CANARY-BRAVO-TAGLINE",
        "Canarybravo Person",
        "CANARY-BRAVO-ORG",
        "CANARY-BRAVO-OFFER",
        "Canarybravo Nominee",
        "CANARY-BRAVO-GATHERING",
    ),
    # The member persona's private self-description: readable by that person alone.
    "member_self": ("CANARY-SELF-DESCRIBED",),
}


def canary(network_key: str, suffix: str, default: str = "") -> str:
    """The network's canary string that ends with `suffix` ("-ORG", " Nominee", ...)."""
    return next((c for c in CANARIES.get(network_key, ()) if c.endswith(suffix)), default)


FAR_FUTURE = (timezone.now() + timedelta(days=700)).replace(microsecond=0)


@dataclass
class World:
    alpha: Network
    youth: Network
    bravo: Network
    personas: dict[str, User | None] = field(default_factory=dict)
    # (network key, kind) -> primary key of an object of that kind in that network.
    objects: dict[tuple[str, str], int] = field(default_factory=dict)
    # Live single-use tokens the matrix hands to the persona they were made for.
    tokens: dict[str, str] = field(default_factory=dict)
    # One gathering per network (far in the future, so it never crowds "coming up" lists).
    gatherings: dict[str, Gathering] = field(default_factory=dict)

    def network(self, key: str) -> Network:
        return {"alpha": self.alpha, "youth": self.youth, "bravo": self.bravo}[key]


@pytest.fixture(scope="session")
def _world_recording(django_db_setup, django_db_blocker, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The world built once on this worker and rolled back, to be put back per test."""
    with django_db_blocker.unblock():
        return worldcache.record(build_world, tmp_path_factory.mktemp("world-media"))


@pytest.fixture
def world(db: None, _world_recording, settings) -> World:  # type: ignore[no-untyped-def]
    """Three networks with their people and objects (tests/worldcache.py: built once per
    worker, put back into each test's transaction)."""
    return worldcache.world_for_test(_world_recording, build_world, settings.MEDIA_ROOT)


@pytest.fixture(scope="session")
def _demo_recording(django_db_setup, django_db_blocker, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The seeded demo (today's, default size) built once on this worker and rolled back."""
    with django_db_blocker.unblock():
        return worldcache.record(
            lambda: generate_demo(anchor=date.today()), tmp_path_factory.mktemp("demo-media")
        )


@pytest.fixture
def demo(db: None, _demo_recording, settings) -> DemoSummary:  # type: ignore[no-untyped-def]
    """`generate_demo(anchor=date.today())` in this test's transaction, put back from one
    build per worker (tests/worldcache.py): a build took 10 s on SQLite and 30 s on
    PostgreSQL, and four tests read the same demo."""
    return worldcache.world_for_test(
        _demo_recording, lambda: generate_demo(anchor=date.today()), settings.MEDIA_ROOT
    )


def build_world() -> World:
    """The world through the services, as a test's own code would make it."""
    with scopes_disabled():
        alpha = NetworkFactory(
            slug="alpha", name="Alpha Collaboratory", tagline=CANARIES["alpha"][0]
        )
        youth = NetworkFactory(
            slug="alpha-youth",
            name="Alpha Youth",
            kind=NetworkKind.YOUTH,
            parent=alpha,
            tagline=CANARIES["youth"][0],
        )
        bravo = NetworkFactory(
            slug="bravo", name="Bravo Collaboratory", tagline=CANARIES["bravo"][0]
        )

        member = MembershipFactory(
            network=alpha, user__email="member@alpha.example", organization_name="Alpha Works"
        ).user
        steward = MembershipFactory(
            network=alpha, user__email="steward@alpha.example", role=Role.STEWARD
        ).user
        MembershipFactory(network=youth, user=steward, role=Role.STEWARD)
        youth_member = MembershipFactory(
            network=youth,
            role=Role.YOUTH_MEMBER,
            user__email="youth@alpha.example",
            user__age_band=AgeBand.AGE_16_17,
        ).user
        foreign_steward = MembershipFactory(
            network=bravo, user__email="steward@bravo.example", role=Role.STEWARD
        ).user
        platform_admin = UserFactory(email="admin@platform.example", is_platform_admin=True)
        # A platform admin who accepted a member invitation to the youth cohort: inside the
        # cohort the platform role must grant nothing beyond what the membership does.
        admin_member = UserFactory(
            email="admin-member@platform.example",
            full_name="Ada Adminmember",
            is_platform_admin=True,
        )
        MembershipFactory(network=youth, user=admin_member, role=Role.MEMBER)

        # Canary people and organizations inside each network.
        MembershipFactory(
            network=alpha,
            user__full_name=CANARIES["alpha"][1],
            organization_name=CANARIES["alpha"][2],
        )
        MembershipFactory(
            network=youth,
            role=Role.YOUTH_MEMBER,
            user__full_name=CANARIES["youth"][1],
            user__age_band=AgeBand.AGE_13_15,
        )
        bravo_canary = MembershipFactory(
            network=bravo,
            user__full_name=CANARIES["bravo"][1],
            organization_name=CANARIES["bravo"][2],
        )
        gatherings = {
            key: gathering_create(
                network=network,
                title=f"{canary(key, '-GATHERING')} far future",
                format=GatheringFormat.IN_PERSON,
                city="Canary City",
                parts=[("Meeting", FAR_FUTURE, FAR_FUTURE + timedelta(hours=7))],
            )
            for key, network in (("alpha", alpha), ("youth", youth), ("bravo", bravo))
        }
        alpha_canary = Membership.objects.get(network=alpha, user__full_name=CANARIES["alpha"][1])
        objects = _membership_objects(
            world_networks={"alpha": alpha, "youth": youth, "bravo": bravo},
            stewards={"alpha": steward, "youth": steward, "bravo": foreign_steward},
            nominators={"alpha": member, "youth": youth_member, "bravo": foreign_steward},
            canary_members={"alpha": alpha_canary, "bravo": bravo_canary},
        )
        # A photo per network, for the photo route's own and foreign requests.
        for key, network, person in (
            ("alpha", alpha, member),
            ("youth", youth, youth_member),
            ("bravo", bravo, bravo_canary.user),
        ):
            profile_photo_set(
                user=person, upload=SimpleUploadedFile("p.png", TINY_PNG, "image/png")
            )
            objects[(key, "photo_membership")] = Membership.objects.get(
                network=network, user=person
            ).pk
        self_description_set(
            user=member, race_self_described=CANARIES["member_self"][0], ideology=3
        )
        # The guardian persona: the youth member's parent, who holds a pending consent link
        # and the revoke link of an earlier, confirmed consent.
        _consent, confirm_token = guardian_consent_request(
            user=youth_member, network=youth, guardian_email="guardian@alpha.example"
        )
        _consent, revoke_token = guardian_consent_confirm(
            token=confirm_token, guardian_name="Gail Guardian", agree=True
        )
        _pending, pending_token = guardian_consent_request(
            user=youth_member, network=youth, guardian_email="guardian@alpha.example"
        )
    return World(
        alpha=alpha,
        youth=youth,
        bravo=bravo,
        personas={
            "anonymous": None,
            "member": member,
            "youth_member": youth_member,
            "steward": steward,
            "foreign_steward": foreign_steward,
            "platform_admin": platform_admin,
            "admin_member": admin_member,
            "guardian": None,  # no account: reaches the consent pages by emailed link only
        },
        objects=objects,
        tokens={"guardian_consent": pending_token, "guardian_revoke": revoke_token},
        gatherings=gatherings,
    )


def _membership_objects(
    *,
    world_networks: dict[str, Network],
    stewards: dict[str, User],
    nominators: dict[str, User],
    canary_members: dict[str, Membership],
) -> dict[tuple[str, str], int]:
    """A nomination, an invitation and a membership id per network for the authz matrix;
    canary offers and nominees in alpha and bravo."""
    objects: dict[tuple[str, str], int] = {}
    for key, network in world_networks.items():
        nominee = canary(key, " Nominee", f"Nominee {key}")
        # Nominees come from organizations the network already knows, so the fixture adds
        # no organizations or members that other tests count.
        nomination = NominationFactory(
            network=network,
            nominator=nominators[key],
            nominee_name=nominee,
            organization_name=canary(key, "-ORG", "Youth Partners"),
        )
        invitation, _token = invitation_create(
            network=network,
            email=f"invitee@{key}.example",
            full_name=f"Invitee {key}",
            actor=stewards[key],
        )
        objects[(key, "nomination")] = nomination.pk
        objects[(key, "invitation")] = invitation.pk
        objects[(key, "membership")] = Membership.objects.filter(network=network).first().pk  # type: ignore[union-attr]
    for key, membership in canary_members.items():
        asset = offered_asset_add(
            user=membership.user,
            kind=CapitalKind.SOCIAL,
            category=HelpCategory.INTRO_PEOPLE,
            description=canary(key, "-OFFER"),
        )
        objects[(key, "asset")] = asset.pk
    return objects


def client_for(user: User | None) -> Client:
    """A client signed in as `user` (None: anonymous)."""
    client = Client()
    if user is not None:
        client.force_login(user, backend="allauth.account.auth_backends.AuthenticationBackend")
    return client


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """Uploaded files (photos, roster CSVs) go to a temporary folder, not the checkout."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings) -> None:  # type: ignore[no-untyped-def]
    """Production hashing costs ~0.3 s a password; tests create dozens of accounts."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# The cache is a database table (as in production), so query counts include its queries: a
# read is one SELECT; a write, inside a test's transaction, five (savepoint, entry count,
# look-up, insert, release).
CACHE_READ_QUERIES = 1
CACHE_WRITE_QUERIES = 5

# pytest-django's fixtures that open the test database, most capable first.
DATABASE_FIXTURES = (
    "live_server",
    "transactional_db",
    "django_db_serialized_rollback",
    "django_db_reset_sequences",
    "db",
)


@pytest.fixture(autouse=True)
def _empty_cache(request: pytest.FixtureRequest) -> Iterator[None]:
    """Pages keep some aggregates in Django's cache (the network home's head counts) and
    login throttling its counts: every test starts and ends with an empty cache, so no test
    sees another's numbers. The cache is a database table, as in production: a test without
    the database cannot have touched it, and one with it gets the database opened first (an
    autouse fixture runs before the test's own; flushing after a transactional test leaves
    the cache table alone, hence the clear)."""
    local = caches["local"]  # each process's copy of version-keyed pages: memory only
    local.clear()
    uses = next((name for name in DATABASE_FIXTURES if name in request.fixturenames), None)
    if uses is None and request.node.get_closest_marker("django_db") is None:
        yield
        local.clear()
        return
    if uses is not None:
        request.getfixturevalue(uses)
    cache.clear()
    yield
    cache.clear()
    local.clear()


@pytest.fixture
def run_tasks():  # type: ignore[no-untyped-def]
    """Run every queued background task now, in this process and transaction, as
    `collaboratory worker` would (the worker itself closes connections between tasks, which
    a test's transaction cannot survive). A failing task fails the test."""
    from django_tasks_db.models import DBTaskResult

    def run() -> int:
        count = 0
        while (result := DBTaskResult.objects.ready().order_by("enqueued_at").first()) is not None:
            result.claim("tests")
            call = result.task_result
            try:
                value = result.task.call(*call.args, **call.kwargs)
            except Exception as error:
                result.set_failed(error)
                raise
            result.set_successful(value)
            count += 1
        return count

    return run


@pytest.fixture(autouse=True)
def _language_reset() -> Iterator[None]:
    """Each test starts in English: a request by a Spanish-preferring member leaves Spanish
    active in the thread (as LocaleMiddleware leaves its choice), which would leak into the
    next test's service calls."""
    translation.activate("en")
    yield
    translation.deactivate()


# Rows a test leaves committed in the worker's test database (outside a transaction that is
# rolled back) are seen by every later test on that worker, which then fails far from the
# cause. After each test, every table's row count is compared with the counts when the test
# database was created: a table that grew fails that test's teardown, naming it. (One query
# per test; the tests' time, with and without it, is in docs/architecture.md.)
def row_count_sql(connection) -> str:  # type: ignore[no-untyped-def]
    """One query that answers every table's name and row count (bench/leak_guard.py times it)."""
    tables = sorted(connection.introspection.table_names(include_views=False))
    quote = connection.ops.quote_name
    return " UNION ALL ".join(
        f"SELECT '{name}', COUNT(*) FROM {quote(name)}"  # noqa: S608 (the database's own names)
        for name in tables
    )


@dataclass
class _CommittedRows:
    blocker: object = None  # pytest-django's django_db_blocker, once the test database exists
    count_sql: str = ""
    baseline: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        from django.db import connection

        with self.blocker.unblock(), connection.cursor() as cursor:  # type: ignore[attr-defined]
            cursor.execute(self.count_sql)
            return dict(cursor.fetchall())


_committed = _CommittedRows()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    """pytest-django's test database, and every table's row count before any test writes."""
    from django.db import connection

    with django_db_blocker.unblock():
        _committed.count_sql = row_count_sql(connection)
    _committed.blocker = django_db_blocker
    _committed.baseline = _committed.counts()
    yield
    _committed.blocker = None


def pytest_runtest_setup(item: pytest.Item) -> None:
    """A test that does not drive the browser starts with Playwright stopped: while it runs,
    its event loop is marked running in this thread and `async_to_sync` refuses to run
    (tests/e2e/chromium.py)."""
    browsers = sys.modules.get("tests.e2e.chromium")  # not imported: no browser is open
    if browsers is not None and "browser" not in getattr(item, "fixturenames", ()):
        browsers.close()


def pytest_sessionfinish(session: pytest.Session) -> None:
    browsers = sys.modules.get("tests.e2e.chromium")
    if browsers is not None:
        browsers.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    result = yield
    _fail_on_committed_rows(item)
    return result


def _fail_on_committed_rows(item: pytest.Item) -> None:
    from django.db import connection

    # Not before the test database exists, nor inside a module's set-up that is rolled back
    # at the module's end (tests/demo). Nor in CI's second pass (PostgreSQL, the database's
    # tests only): a test that leaves rows committed leaves them on SQLite too, where the
    # first pass has already named it, and the guard's count cost 4.8 ms a test there (about
    # 27 s of the pass's worker time) against 0.5 ms on SQLite.
    if (
        _committed.blocker is None
        or connection.in_atomic_block
        or os.environ.get("COLLABORATORY_TESTS_DATABASE_ONLY") == "1"
    ):
        return
    now = _committed.counts()
    before = _committed.baseline
    grown = {
        table: (before.get(table, 0), n) for table, n in now.items() if n > before.get(table, 0)
    }
    if grown:
        _committed.baseline = now  # reported once, here, not again by every later test
        raise AssertionError(
            f"{item.nodeid} left rows committed in the test database, which the tests after "
            f"it on this worker would see (table: rows at start, now): {grown}"
        )


def pytest_configure(config: pytest.Config) -> None:
    """Compile the translation catalogs (build output, not committed) before any test renders
    a page in Spanish; a no-op when they are up to date."""
    compile_all()


# Fixtures through which a test reaches the database (directly or through `world` and the
# other personas, which all depend on `db`).
_DATABASE_FIXTURES = frozenset({"db", "transactional_db", "live_server", "django_db_setup"})


@pytest.hookimpl(trylast=True)  # after `-m` and `-k` have deselected
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    _keep_database_tests_only(config, items)
    _start_slow_modules_first(config, items)


def _keep_database_tests_only(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With COLLABORATORY_TESTS_DATABASE_ONLY=1 (CI's second pass, on PostgreSQL), keep only
    the tests that touch the database: the pure engines, parsers and house rules gave their
    answer in the first pass, and running them again on another database tests nothing new
    while CI has 30 minutes."""
    if os.environ.get("COLLABORATORY_TESTS_DATABASE_ONLY") != "1":
        return
    kept, dropped = [], []
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        uses_db = item.get_closest_marker("django_db") is not None or bool(
            fixtures & _DATABASE_FIXTURES
        )
        (kept if uses_db else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def _slow_seconds(item: pytest.Item) -> float:
    marker = item.get_closest_marker("slow")
    return float(marker.args[0]) if marker else 0.0


def _start_slow_modules_first(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under `-n N --dist worksteal` (`make test`), worker k starts with the k-th of N equal
    slices of the collection, and an idle worker takes work from the end of a busy one's
    queue. A test that runs for minutes cannot be taken, so one left near the end of a slice
    keeps a worker busy while the other sits idle (in CI this tail cost several minutes).
    So the modules holding tests marked `slow(seconds)` are dealt, heaviest first, to the
    head of the least loaded slice; the order is otherwise unchanged. Whole modules move,
    so their module-scoped fixtures are still set up once. Any test may now follow any
    other on a worker: a test that leaves rows committed fails by name
    (`_fail_on_committed_rows`), and Playwright is stopped before a test that does not
    drive the browser (`pytest_runtest_setup`)."""
    workers = int(getattr(config, "workerinput", {}).get("workercount", 1))
    if workers < 2:
        return
    modules: dict[str, list[pytest.Item]] = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::")[0], []).append(item)
    weights = {path: sum(map(_slow_seconds, tests)) for path, tests in modules.items()}
    heads: list[list[pytest.Item]] = [[] for _ in range(workers)]
    loads = [0.0] * workers
    for path in sorted((p for p, w in weights.items() if w > 0), key=lambda p: -weights[p]):
        lightest = loads.index(min(loads))
        heads[lightest].extend(modules.pop(path))
        loads[lightest] += weights[path]
    rest = iter([item for tests in modules.values() for item in tests])
    ordered: list[pytest.Item] = []
    for k, head in enumerate(heads):
        # worksteal's split: the k-th idle worker gets len(pending) // (workers left).
        size = (len(items) - len(ordered)) // (workers - k)
        ordered += head + list(itertools.islice(rest, max(0, size - len(head))))
    ordered += rest
    items[:] = ordered


@pytest.fixture
def at_head() -> Iterator[None]:
    """For data-migration tests (`tests.migrations.migrate_to`): whatever happens in the
    test, the database is left fully migrated for the next.

    On SQLite the database is copied aside before the test (SQLite's backup API, a few
    milliseconds) and copied back after it: the head as it was, where migrating forward
    again re-rendered the models at each step (2-5 s a test). The test's own rows go with
    it, as the flush after a transactional test would take them. PostgreSQL migrates
    forward, as before."""
    snapshot = None
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        connection.ensure_connection()
        snapshot = sqlite3.connect(":memory:")
        connection.connection.backup(snapshot)
    yield
    if snapshot is not None:
        try:
            # A statement left unfinished or a transaction left open (a failed test's) would
            # hold the database: "destination database is in use". A fresh connection holds
            # nothing; if the copy still fails, the migrations below put the head back.
            connection.close()
            connection.ensure_connection()
            snapshot.backup(connection.connection)
            return
        except (sqlite3.Error, AttributeError):
            pass
        finally:
            snapshot.close()
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
