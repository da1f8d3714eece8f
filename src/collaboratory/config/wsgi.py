"""WSGI entry point: pages and forms, for `serve --sync` (gunicorn's sync workers) and for
`config/server.py`, which runs it in threads beside the live streams."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")
application = get_wsgi_application()
