"""ASGI entry point of `serve-live`: live streams (server-sent events) only, for a proxy that
splits them from `serve --sync`. `collaboratory serve` runs `config/server.py` instead."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")
# Persistent connections are for the WSGI workers; see CONN_MAX_AGE in settings.
os.environ.setdefault("COLLABORATORY_CONN_MAX_AGE", "0")
application = get_asgi_application()
