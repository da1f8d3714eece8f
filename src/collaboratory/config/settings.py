"""Settings, read from the environment.

Every value has a safe development default so `make demo` works on a fresh machine; production
(`COLLABORATORY_ENV=production`) refuses to start without a secret key and turns on every
transport-security setting that `manage.py check --deploy` looks for.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from collaboratory.config import sqlite as sqlite_connection

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no variable; anything but an explicit yes/no is a configuration error."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if not raw:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_whole(name: str, default: int, *, least: int, unit: str) -> int:
    """A whole number of `unit` from the environment, at least `least`; anything else is a
    configuration error (a retention period of 0 or "7y" must not start)."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < least:
        raise ImproperlyConfigured(
            f"{name} must be a whole number of {unit}, at least {least}, not {raw!r}"
        )
    return int(raw)


ENVIRONMENT = os.environ.get("COLLABORATORY_ENV", "development")
if ENVIRONMENT not in {"development", "production", "test"}:
    raise ImproperlyConfigured(
        f"COLLABORATORY_ENV must be development, production or test, not {ENVIRONMENT!r}"
    )
PRODUCTION = ENVIRONMENT == "production"

DATA_DIR = Path(os.environ.get("COLLABORATORY_DATA_DIR", "var")).resolve()

SECRET_KEY = os.environ.get("COLLABORATORY_SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured(
            "COLLABORATORY_SECRET_KEY is not set. Production refuses to start without one: "
            'generate it with `python3 -c "import secrets; print(secrets.token_urlsafe(50))"`.'
        )
    SECRET_KEY = "development-only-not-secret-" + "x" * 40
# Keys retired by a rotation, newest first: sessions, signed links and sealed kept email
# (networks.sealed) made under them still open until they are dropped from here.
SECRET_KEY_FALLBACKS = env_list("COLLABORATORY_SECRET_KEY_FALLBACKS", [])

DEBUG = env_bool("COLLABORATORY_DEBUG", default=ENVIRONMENT == "development")
ALLOWED_HOSTS = env_list(
    "COLLABORATORY_ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]"]
)
CSRF_TRUSTED_ORIGINS = env_list("COLLABORATORY_CSRF_TRUSTED_ORIGINS", [])
# The public address, when one is configured: links in pages use it, and without it they are
# built from the request (so the board's QR code works on whatever host and port serve it).
# Links in emails have no request to go by: they use SITE_URL, which `collaboratory serve`
# and `demo` set from --bind when no public address is configured.
PUBLIC_URL = os.environ.get("COLLABORATORY_SITE_URL", "").rstrip("/")
SITE_URL = PUBLIC_URL or os.environ.get("COLLABORATORY_SERVED_AT", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "allauth",
    "allauth.account",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "csp",
    # The REST API's browsable page: its bundled Swagger UI files, served by whitenoise.
    "ninja",
    "collaboratory.people",
    "collaboratory.networks",
    "collaboratory.audit",
    "collaboratory.gatherings",
    "collaboratory.creditclub",
    "collaboratory.commitments",
    "collaboratory.insights",
    "collaboratory.followthrough",
    "collaboratory.matching",
    "collaboratory.seating",
    "collaboratory.notifications",
    "collaboratory.webhooks",
    "collaboratory.api",
    "collaboratory.national",
    "collaboratory.training",
    "collaboratory.demo",
    "collaboratory.backups",
    "collaboratory.periodic",
    "collaboratory.youth",
    "collaboratory.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: a signed-in member's saved language wins over the cookie and the
    # browser's Accept-Language that LocaleMiddleware went by.
    "collaboratory.people.middleware.MemberLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "collaboratory.networks.middleware.NetworkMiddleware",
]

ROOT_URLCONF = "collaboratory.config.urls"
WSGI_APPLICATION = "collaboratory.config.wsgi.application"
ASGI_APPLICATION = "collaboratory.config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "collaboratory.networks.context_processors.network",
            ],
        },
    }
]

# Django's stock form templates drawn in Python, the same markup at a fraction of the cost
# (formrender.py): the review board renders six fields per proposal.
FORM_RENDERER = "collaboratory.formrender.FormRenderer"

# --- Database -------------------------------------------------------------------------------
# SQLite is the embedded default: WAL so readers never block the writer, synchronous=FULL so an
# acknowledged write survives power loss, and IMMEDIATE transactions so two writers queue on the
# lock instead of failing half-way with "database is locked".
DATABASE_URL = os.environ.get("DATABASE_URL", "")
# Keep connections between requests (opening one, and SQLite's PRAGMAs, cost more than many
# pages' own queries: /healthz went from 504 to 1,082 req/s). The ASGI entry point sets 0:
# async views reach the ORM from worker threads that persistent connections do not suit.
CONN_MAX_AGE = int(os.environ.get("COLLABORATORY_CONN_MAX_AGE", "300"))
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=CONN_MAX_AGE, conn_health_checks=True
        )
    }
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "collaboratory.sqlite3"),
            "CONN_MAX_AGE": CONN_MAX_AGE,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                # Pauses the task worker after each commit, so pages' writes get the lock.
                "factory": sqlite_connection.Connection,
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=FULL;"
                    "PRAGMA foreign_keys=ON;"
                    "PRAGMA busy_timeout=20000;"
                ),
            },
            # Tests use a file too, not Django's shared-cache in-memory database: that one
            # fails concurrent writers at once ("table is locked") instead of queueing them,
            # so concurrency tests could not show how the real database behaves.
            "TEST": {"NAME": str(DATA_DIR / "test.sqlite3")},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache -----------------------------------------------------------------------------------
# One cache shared by every server process: login throttling counts there (a per-process cache
# let 3 workers allow 3 times the failures), and the page caches of one worker serve the others.
# The default is the database (no extra service; `migrate` creates its table, see
# people/apps.py); COLLABORATORY_CACHE_URL=redis://... selects Redis, through the `redis`
# package (a dependency; an environment installed without it is told so below).
CACHE_URL = os.environ.get("COLLABORATORY_CACHE_URL", "").strip()
if not CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "collaboratory_cache",
            # Shared by all workers now, so room for more viewers' pages than one worker's 300.
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
elif CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    try:
        import redis  # noqa: F401
    except ImportError as missing:
        raise ImproperlyConfigured(
            "COLLABORATORY_CACHE_URL is a Redis address, but the redis package is not "
            "installed: run `pip install redis` in Collaboratory's environment, or unset "
            "COLLABORATORY_CACHE_URL to use the database cache."
        ) from missing
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
        }
    }
else:
    raise ImproperlyConfigured(
        "COLLABORATORY_CACHE_URL must be empty (the database cache) or a redis://, rediss:// "
        f"or unix:// address, not {CACHE_URL!r}"
    )
# A per-process copy in front of the shared cache, for entries whose key names the version of
# what they hold (the page parts of networks/pagecache.py), so a copy is never stale.
# Reading a page's HTML from the database under load cost the gathering page about a quarter
# of its requests/s (docs/architecture.md, "the shared cache"); never for counts or limits.
CACHES["local"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "collaboratory-local",
}

# --- Accounts -------------------------------------------------------------------------------
AUTH_USER_MODEL = "people.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "web:home"
ACCOUNT_ADAPTER = "collaboratory.people.adapter.InvitationOnlyAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PREVENT_ENUMERATION = True
# Throttling without lockout: failed logins are counted in the shared cache in a sliding
# window, per IP ("ip") and per IP and account together ("key", see people/adapter.py), so
# someone guessing at an account from one address cannot keep its owner out from another.
# Once the window passes, the person can try again.
ACCOUNT_RATE_LIMITS = {
    "login_failed": os.environ.get("COLLABORATORY_LOGIN_FAILED_LIMIT", "10/m/ip,5/300s/key"),
}
# Behind a proxy every request comes from the proxy's address: the number of proxies that
# append to X-Forwarded-For (1 for the nginx of docs/operations.md) makes throttling see the
# visitor's address instead. Leave 0 when nothing sits in front, or the header could be forged.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("COLLABORATORY_TRUSTED_PROXY_COUNT", "0"))
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Collaboratory] "

# --- REST API -------------------------------------------------------------------------------
# Requests per personal access token, counted in the shared cache: "600/m", "10/s", "5000/h"
# or "100/30s". Over the limit the API answers 429 with Retry-After (api/ratelimit.py).
COLLABORATORY_API_RATE_LIMIT = os.environ.get("COLLABORATORY_API_RATE_LIMIT", "600/m")
# The youth program (youth/services.py): days after a youth member leaves their cohort before
# their personal data in the program is deleted.
COLLABORATORY_YOUTH_RETENTION_DAYS = int(
    os.environ.get("COLLABORATORY_YOUTH_RETENTION_DAYS", "365")
)
# Safeguarding concerns (youth/services.py, `youth_retention_run`): kept this many years after
# they were raised, and until the young person they name would be this old when their date
# of birth is known; whichever is later. Deleted on that day by the daily retention run.
COLLABORATORY_YOUTH_CONCERN_YEARS = env_whole(
    "COLLABORATORY_YOUTH_CONCERN_YEARS", 7, least=1, unit="years"
)
COLLABORATORY_YOUTH_CONCERN_UNTIL_AGE = env_whole(
    "COLLABORATORY_YOUTH_CONCERN_UNTIL_AGE", 25, least=18, unit="years of age"
)
# The furthest ahead a safeguarding lead may hold a concern past its date (`concern_hold_place`):
# a hold has a review date no more than this many days away, renewed while still needed, so
# a forgotten hold runs out instead of keeping a minor's record for ever.
COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS = env_whole(
    "COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS", 730, least=1, unit="days"
)
# Posts per client address and hour to each form that needs no account (the youth program's
# and convener training's applications; networks/public_forms.py). Over it: 429.
COLLABORATORY_PUBLIC_FORMS_PER_HOUR = int(
    os.environ.get("COLLABORATORY_PUBLIC_FORMS_PER_HOUR", "10")
)

# --- Email ----------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get(
    "COLLABORATORY_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("COLLABORATORY_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("COLLABORATORY_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("COLLABORATORY_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("COLLABORATORY_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("COLLABORATORY_EMAIL_TLS", default=False)
DEFAULT_FROM_EMAIL = os.environ.get("COLLABORATORY_FROM_EMAIL", "Collaboratory <noreply@localhost>")

# --- Background tasks -----------------------------------------------------------------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# --- Webhooks -------------------------------------------------------------------------------
# Webhooks go only to public https addresses (server-side request forgery). Allowing private
# destinations (loopback, 10.x, 192.168.x...) and plain http is for development and tests.
WEBHOOKS_ALLOW_PRIVATE = env_bool("COLLABORATORY_WEBHOOKS_ALLOW_PRIVATE", default=DEBUG)
if PRODUCTION and WEBHOOKS_ALLOW_PRIVATE:
    raise ImproperlyConfigured(
        "COLLABORATORY_WEBHOOKS_ALLOW_PRIVATE must stay off in production: webhooks would "
        "reach the server's own network."
    )

# --- Live events ----------------------------------------------------------------------------
# "" (default): each process's broadcaster, plus a watcher that polls the event table for
# events saved by other processes. "postgres": LISTEN/NOTIFY on the default PostgreSQL
# database carries each event to every process at once (ignored on SQLite); the watcher
# stays as a safety net and polls less often. See commitments/live/broker.py.
# "redis": Redis pub/sub carries them, published after commit (any database), at the address
# COLLABORATORY_LIVE_BROKER_URL, or the cache's when that is a Redis.
LIVE_BROKER = os.environ.get("COLLABORATORY_LIVE_BROKER", "").strip()
if LIVE_BROKER not in {"", "postgres", "redis"}:
    raise ImproperlyConfigured(
        f'COLLABORATORY_LIVE_BROKER must be "", "postgres" or "redis", not {LIVE_BROKER!r}'
    )
LIVE_BROKER_URL = os.environ.get("COLLABORATORY_LIVE_BROKER_URL", "").strip() or (
    CACHE_URL if LIVE_BROKER == "redis" else ""
)
if LIVE_BROKER == "redis" and not LIVE_BROKER_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(
        "COLLABORATORY_LIVE_BROKER=redis needs a Redis address: set "
        "COLLABORATORY_LIVE_BROKER_URL=redis://... (or COLLABORATORY_CACHE_URL to a Redis)."
    )
# Seconds between the watcher's looks at the event table (default 0.25, or 2 with a broker).
LIVE_POLL_SECONDS = (
    float(os.environ["COLLABORATORY_LIVE_POLL_SECONDS"])
    if os.environ.get("COLLABORATORY_LIVE_POLL_SECONDS")
    else None
)

# --- Internationalization -------------------------------------------------------------------
LANGUAGE_CODE = "en"
# Each language names itself in the switcher (a Spanish reader looks for "Español"), so the
# names are not marked for translation.
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
# The footer switcher's choice for visitors (a signed-in member's is saved to the account).
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = PRODUCTION
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
# How days and times are written, per language (docs/architecture.md, "How dates are written").
FORMAT_MODULE_PATH = ["collaboratory.formats"]

# --- Static files ---------------------------------------------------------------------------
STATIC_URL = "/static/"
# Production serves files collected into STATIC_ROOT; development serves them from the apps.
STATIC_ROOT = DATA_DIR / "static" if PRODUCTION else None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
MEDIA_ROOT = DATA_DIR / "media"

# --- Security headers (on in every environment, so development shows what production does) --
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("COLLABORATORY_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("COLLABORATORY_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_tokens": {"()": "collaboratory.web.logging.RedactSecretsFilter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact_tokens"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("COLLABORATORY_LOG_LEVEL", "INFO")},
    "loggers": {
        # gunicorn and Django both log request lines; the filter strips secrets from them.
        "django.request": {"level": "WARNING"},
    },
}
