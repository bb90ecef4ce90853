"""Settings, read from the environment with defaults that are safe for local use."""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("ARCHIVE_DATA_DIR", BASE_DIR / "var")).resolve()
# The secret key and the database are nobody's business but the owner's.
DATA_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)


def _owner_only(path: Path) -> Path:
    """Create `path` empty, readable by its owner only, unless it exists."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    return path


def _env_flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {
        "1",
        "true",
        "yes",
        "on",
    }


DEBUG = _env_flag("DJANGO_DEBUG")


def _secret_key() -> str:
    key = os.environ.get("DJANGO_SECRET_KEY")
    if key:
        return key
    if not DEBUG and os.environ.get("DJANGO_ALLOWED_HOSTS"):
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production")
    # A per-checkout key kept beside the data, never committed.
    key_file = _owner_only(DATA_DIR / "secret_key")
    if not key_file.read_text().strip():
        from django.core.management.utils import get_random_secret_key

        key_file.write_text(get_random_secret_key())
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = os.environ.get(
    "DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver,[::1]"
).split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "haystack",
    "csp",
    "axes",
    "archive",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "archive.middleware.ReadOnlyMiddleware",
    "archive.pagecache.PageCacheMiddleware",  # before sessions: a kept page skips all
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Public pages kept until the archive changes (archive/pagecache.py); off while
# debugging, and for the bench, which times rendering.
PAGE_CACHE = _env_flag("ARCHIVE_PAGE_CACHE", default=True) and not DEBUG
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Public pages, kept until the archive changes (archive/pagecache.py), in files
    # that every worker of the server shares.
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "page-cache"),
        "TIMEOUT": 24 * 3600,
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
}

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'archive.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Created here so SQLite keeps its mode (its -wal and -shm files copy it).
    _owner_only(Path(DATABASES["default"]["NAME"]))
    # WAL lets pages read while ingest writes, and spares an fsync per file committed.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


SEARCH_DATABASE = "search"  # the alias of a search database apart from the records'


def _haystack_connection(url: str | None, records: dict | None = None) -> dict:
    """Whoosh in DATA_DIR, or PostgreSQL's full-text search: in the database of
    DATABASE_URL, or in one of its own. An engine is accepted in SEARCH_URL only
    once the whole search suite passes on it."""
    if not url:
        return {
            "ENGINE": "archive.search.backend.ArabicWhooshEngine",
            "PATH": str(DATA_DIR / "whoosh_index"),
        }
    scheme = urlsplit(url).scheme or url
    if scheme not in ("postgres", "postgresql", "pgsql"):
        raise ImproperlyConfigured(
            f"SEARCH_URL ({scheme}): no such search engine; set postgres://... or "
            "leave SEARCH_URL unset to search with the embedded Whoosh index."
        )
    same = _same_database(dj_database_url.parse(url), records or DATABASES["default"])
    return {
        "ENGINE": "archive.search.postgres.PostgresEngine",
        "DATABASE": "default" if same else SEARCH_DATABASE,
    }


def _same_database(search: dict, records: dict) -> bool:
    keys = ("NAME", "HOST", "PORT")
    if records.get("ENGINE") != "django.db.backends.postgresql":
        return False
    return all(str(search.get(k) or "") == str(records.get(k) or "") for k in keys)


HAYSTACK_CONNECTIONS = {"default": _haystack_connection(os.environ.get("SEARCH_URL"))}
_search_database = HAYSTACK_CONNECTIONS["default"].get("DATABASE")
if _search_database == "default":
    # Django's PostgreSQL backend, indexing each transaction's articles as it commits.
    DATABASES["default"]["ENGINE"] = "archive.search.database"
elif _search_database:
    # Search apart from the records: its rows follow each commit through the outbox.
    DATABASES[_search_database] = dj_database_url.parse(
        os.environ["SEARCH_URL"], conn_max_age=60
    )
HAYSTACK_SIGNAL_PROCESSOR = "archive.search.signals.ArchiveSignalProcessor"
HAYSTACK_SEARCH_RESULTS_PER_PAGE = 20

# Ingest refuses a file (or an export line) over this size: news articles are under
# 100 KB, so anything near it is a dump or a wrong file, never a slow surprise.
ARCHIVE_MAX_ARTICLE_BYTES = int(os.environ.get("ARCHIVE_MAX_ARTICLE_BYTES", 5_000_000))

LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", "العربية")]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"  # for `collectstatic` in production
STATIC_ROOT.mkdir(exist_ok=True)
# WhiteNoise serves static/ straight from the finders: no collectstatic step to forget.
WHITENOISE_USE_FINDERS = True

if not DEBUG and os.environ.get("DJANGO_ALLOWED_HOSTS"):
    SECURE_SSL_REDIRECT = _env_flag("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = True
    # Behind the reverse proxy (README, Deploy), which sets X-Real-IP to the client's
    # address: login throttling locks that address out, not the proxy's.
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_REAL_IP", "REMOTE_ADDR")

# Pages, admin and API alike load only their own scripts, styles, fonts and images:
# no inline script or style anywhere (Django's admin has none either).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "object-src": [NONE],
    }
}
SECURE_REFERRER_POLICY = "same-origin"

# Admin login throttling (django-axes): five wrong passwords for one account, or from
# one address, lock that account or address for an hour; a right password resets
# the count. Staff lift a lock early with `manage.py axes_reset_username NAME` or
# `axes_reset_ip ADDRESS` (README, Security).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = datetime.timedelta(hours=1)
AXES_RESET_ON_SUCCESS = True
AXES_COOLOFF_MESSAGE = (
    "أُقفل الدخول بعد محاولات خاطئة كثيرة. حاول بعد ساعة أو اطلب من المشرف فتحه."
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
