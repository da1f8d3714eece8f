"""`collaboratory create_steward`: the first steward of a network (creating the network if
needed). The steward logs in with an emailed one-time code, or a password set with
--set-password."""

from __future__ import annotations

import getpass
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_scopes import scopes_disabled

from collaboratory.networks.models import Network, NetworkKind
from collaboratory.networks.services import membership_steward_by_platform, network_create
from collaboratory.people.models import User
from collaboratory.people.selectors import account_with_email
from collaboratory.people.services import normalize_email, user_create, user_password_set
from collaboratory.validators import check_text


class Command(BaseCommand):
    help = "Make a person the steward of a network, creating the account and network if needed."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--network", required=True, help="the network's short name (slug)")
        parser.add_argument("--email", required=True)
        parser.add_argument("--name", default="", help="the steward's full name")
        parser.add_argument("--network-name", help="create the network with this name")
        parser.add_argument("--kind", choices=NetworkKind.values, default=NetworkKind.NATIONAL)
        parser.add_argument("--parent", help="slug of the national network (local/youth)")
        parser.add_argument("--time-zone", default="America/New_York")
        parser.add_argument("--set-password", action="store_true", help="prompt for a password")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            check_text(opts["name"] or "", field="name", what="--name")
            check_text(opts["network_name"] or "", field="network_name", what="--network-name")
            # An operator's command: the network is not known until it is found or made.
            with transaction.atomic(), scopes_disabled():
                network = self._network(opts)
                user, created = self._user(opts)
                # The person is emailed as given the role by the platform's administrators.
                membership_steward_by_platform(network=network, user=user, account_created=created)
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        self.stdout.write(
            self.style.SUCCESS(f"{user.email} is a steward of {network.name} (/n/{network.slug}/).")
        )

    def _network(self, opts: dict[str, Any]) -> Network:
        network = Network.objects.filter(slug=opts["network"]).first()
        if network is not None:
            return network
        if not opts["network_name"]:
            raise CommandError(
                f"No network {opts['network']!r}. Give --network-name (and --kind) to create it."
            )
        parent = None
        if opts["parent"]:
            parent = Network.objects.filter(slug=opts["parent"]).first()
            if parent is None:
                raise CommandError(f"No parent network {opts['parent']!r}.")
        return network_create(
            slug=opts["network"],
            name=opts["network_name"],
            kind=opts["kind"],
            parent=parent,
            time_zone=opts["time_zone"],
        )

    def _user(self, opts: dict[str, Any]) -> tuple[User, bool]:
        """The account with the address, and whether it was made now."""
        email = normalize_email(opts["email"])
        user = account_with_email(email=email)
        password = None
        if opts["set_password"]:
            password = getpass.getpass("Password: ")
            validate_password(password)
        if user is None:
            if not opts["name"]:
                raise CommandError("Give the new steward's --name.")
            return user_create(email=email, full_name=opts["name"], password=password), True
        if password:
            user_password_set(user=user, password=password)
        return user, False
