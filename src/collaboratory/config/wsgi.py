"""WSGI entry point: pages and forms, served by gunicorn's sync workers."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")
application = get_wsgi_application()
