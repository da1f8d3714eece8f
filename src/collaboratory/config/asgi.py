"""ASGI entry point: live streams (server-sent events), served by uvicorn."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")
application = get_asgi_application()
