"""Portail CLS settings: everything that differs between machines comes from the environment."""

import datetime
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.contrib.messages import constants as message_constants

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

_DEV_SECRET_KEY = "django-insecure-dev-only-portail-cls"  # noqa: S105 - refused below unless DEBUG is on
SECRET_KEY = env.str("SECRET_KEY", default=_DEV_SECRET_KEY if DEBUG else "")
if not SECRET_KEY:
    raise environ.ImproperlyConfigured("SECRET_KEY doit être défini quand DEBUG est désactivé.")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # dsfr before django.forms, so that its templates of error lists, checkboxes and radios (DSFR markup) win.
    "dsfr",
    "django.forms",
    "widget_tweaks",
    "django_filters",
    "django_htmx",
    "rules.apps.AutodiscoverRulesConfig",
    "simple_history",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "cls_portal",
    "referentials",
    "contracts",
    "actions",
    "governance",
    "diagnostics",
    "documents",
    "www",
    "administration",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "cls_portal.middleware.PrivateCacheMiddleware",
    "cls_portal.uploads.RequestSizeLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cls_portal.middleware.SessionIdleTimeoutMiddleware",
    "cls_portal.middleware.ConcurrentWriteMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cls_portal.urls"
WSGI_APPLICATION = "cls_portal.wsgi.application"

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
                "www.context_processors.layout",
            ],
            "string_if_invalid": env.str("TEMPLATE_STRING_IF_INVALID", default=""),
        },
    }
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout keep the embedded database usable by the dev server and a test run at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer must fail a request in seconds, not hold the worker until it is killed.
    _db_options = DATABASES["default"].setdefault("OPTIONS", {})
    _db_options.setdefault("connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=5))
    _statement_timeout = env.int("DATABASE_STATEMENT_TIMEOUT", default=30)  # seconds; 0 turns it off
    if _statement_timeout:
        _db_options["options"] = " ".join(
            filter(None, [_db_options.get("options"), f"-c statement_timeout={_statement_timeout * 1000}"])
        )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "cls_portal.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses any login, right password or not, while the account or the address is locked out.
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Brute force (cls_portal/security.py). Logins, the portal's and the admin's: after LOGIN_FAILURE_LIMIT failures on
# one account, or LOGIN_FAILURE_LIMIT_PER_IP from one address, logins are refused for LOGIN_COOLOFF_MINUTES after the
# last failure, even with the right password.
BEHIND_PROXY = env.bool("BEHIND_PROXY", default=False)
LOGIN_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
LOGIN_FAILURE_LIMIT_PER_IP = env.int("LOGIN_FAILURE_LIMIT_PER_IP", default=20)
LOGIN_COOLOFF_MINUTES = env.int("LOGIN_COOLOFF_MINUTES", default=15)
AXES_VERBOSE = False
# Every refused login kept (not only the running count of AccessAttempt, cleared after the cool-off): the activity
# log of the administration lists them.
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_HANDLER = "cls_portal.security.LoginAttemptHandler"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # in this order: LoginAttemptHandler counts them so
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = datetime.timedelta(minutes=LOGIN_COOLOFF_MINUTES)
# A success does not wipe the failures: it would also wipe those of other accounts tried from the same address.
AXES_RESET_ON_SUCCESS = False
AXES_USERNAME_FORM_FIELD = "username"  # the login forms' field, holding the e-mail address
AXES_USERNAME_CALLABLE = "cls_portal.security.login_username"
AXES_CLIENT_IP_CALLABLE = "cls_portal.security.client_ip"
AXES_LOCKOUT_CALLABLE = "cls_portal.security.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# Password-reset e-mails: at most so many per address and per client address in the window; past that the page says
# the same as when one is sent.
PASSWORD_RESET_LIMIT_PER_ADDRESS = env.int("PASSWORD_RESET_LIMIT_PER_ADDRESS", default=3)
PASSWORD_RESET_LIMIT_PER_IP = env.int("PASSWORD_RESET_LIMIT_PER_IP", default=10)
PASSWORD_RESET_WINDOW_MINUTES = env.int("PASSWORD_RESET_WINDOW_MINUTES", default=60)
# The password-reset counters live in the cache: with several processes they need a shared one (see README).
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://portail-cls")}

# Sessions end SESSION_COOKIE_AGE seconds after login whatever happens, and after SESSION_IDLE_TIMEOUT seconds without
# a request (cls_portal/middleware.py; 0 turns the idle timeout off).
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=14 * 24 * 3600)
SESSION_IDLE_TIMEOUT = env.int("SESSION_IDLE_TIMEOUT", default=8 * 3600)

LANGUAGE_CODE = "fr-fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "/static/"
# Production serves hashed, compressed copies made by `collectstatic`; `make run` (DEBUG off on the loopback) serves
# the files where they are, through WhiteNoise, so that starting it stays fast.
STATIC_FILES_HASHED = env.bool("STATIC_FILES_HASHED", default=not DEBUG)
WHITENOISE_USE_FINDERS = not STATIC_FILES_HASHED
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
# Uploaded files: the local folder MEDIA_ROOT by default; an S3-compatible object store with django-storages
# (`pip install "django-storages[s3]"`): FILE_STORAGE_BACKEND=storages.backends.s3.S3Storage and its options as JSON
# in FILE_STORAGE_OPTIONS, e.g. {"bucket_name": "portail-cls", "endpoint_url": "https://s3.example.fr"}.
STORAGES = {
    "default": {
        "BACKEND": env.str("FILE_STORAGE_BACKEND", default="django.core.files.storage.FileSystemStorage"),
        "OPTIONS": env.json("FILE_STORAGE_OPTIONS", default={}),
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if STATIC_FILES_HASHED
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# The manifest storage rewrites file contents, so django-dsfr's SRI hashes would no longer match.
DSFR_USE_INTEGRITY_CHECKSUMS = False
DSFR_MARK_OPTIONAL_FIELDS = True
# django-dsfr marks the content of its components (alerts, messages...) safe by default; messages quote user input
# such as fiche titles, so escape it. Deliberate HTML is passed as a SafeString and stays as it is.
DSFR_CONTENT_IS_SAFE = False
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# Any request body above this is refused before it is read (413): the largest upload (10 Mo) plus its form.
MAX_REQUEST_SIZE = env.int("MAX_REQUEST_SIZE", default=12 * 1024 * 1024)
# Uploaded documents are served by a view that checks the permission; the web server may send the bytes itself:
# "x-accel-redirect" (nginx: an `internal` location DOCUMENT_ACCEL_PREFIX aliased to MEDIA_ROOT) or "x-sendfile"
# (Apache mod_xsendfile). Empty: Django streams the file from the storage (any storage, object stores included).
DOCUMENT_SENDFILE = env.str("DOCUMENT_SENDFILE", default="")
DOCUMENT_ACCEL_PREFIX = env.str("DOCUMENT_ACCEL_PREFIX", default="/protected-media/")

# Background tasks (document renderings): the Django tasks backport with its database backend, so no broker to run.
# A worker takes them from the database: `manage.py db_worker` (started by `make run`; see README for production).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# A rendering still queued or rendering after this many seconds is taken as lost (worker stopped or killed): it may
# be started again from the page.
DOCUMENT_RENDERING_TIMEOUT = env.int("DOCUMENT_RENDERING_TIMEOUT", default=15 * 60)

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Portail CLS <ne-pas-repondre@portail-cls.localhost>")
# The portal's address as people reach it: links in e-mails (convocations, reminders) and calendar feeds start with it.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

MESSAGE_TAGS = {message_constants.ERROR: "error"}

SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
# Preloading puts the whole domain in the browsers' built-in HTTPS-only list, hard to undo: only when the domain's
# owner asks for it. Hence the deploy check that recommends it is silenced while it is off.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): scripts, styles, fonts and images from the portal only (DSFR's assets are
# served with the static files); no inline script or style, so none in the templates: use static/js and static/css.
# The DSFR's CSS draws some icons as data: URIs.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
if env.str("CSP_REPORT_URI", default=""):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["report-uri"] = env.str("CSP_REPORT_URI")

SERVICE_NAME = "Portail CLS"
# Who runs this instance: the legal pages (mentions légales, données personnelles, accessibilité) show it.
LEGAL = {
    "operator": env.str("LEGAL_OPERATOR", default=""),
    "operator_address": env.str("LEGAL_OPERATOR_ADDRESS", default=""),
    "publication_director": env.str("LEGAL_PUBLICATION_DIRECTOR", default=""),
    "host": env.str("LEGAL_HOST", default=""),
    "contact_email": env.str("LEGAL_CONTACT_EMAIL", default="contact@portail-cls.localhost"),
    "dpo_email": env.str("LEGAL_DPO_EMAIL", default=""),
}
SERVICE_TAGLINE = "Contrats locaux de santé : du diagnostic au renouvellement"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # django-axes logs each login at INFO; failures and lockouts, which matter, at WARNING.
    "loggers": {"django.db.backends": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}
