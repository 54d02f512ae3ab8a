"""Production settings for the billing service."""
import logging.config
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("BILLING_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("BILLING_HOSTS", "billing.internal").split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "billing.invoices",
    "billing.payments",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("BILLING_DB_NAME", "billing"),
        "USER": os.environ.get("BILLING_DB_USER", "billing"),
        "PASSWORD": os.environ.get("BILLING_DB_PASSWORD", ""),
        "HOST": os.environ.get("BILLING_DB_HOST", "db.internal"),
        "CONN_MAX_AGE": 60,
    }
}

# Payment gateway credentials
GATEWAY_URL = "https://api.paygate.example/v2"
GATEWAY_MERCHANT_ID = os.environ.get("GATEWAY_MERCHANT_ID", "M-004211")
GATEWAY_API_SECRET = "sk_live_9fQ2xT7mLr4Kc1VbN8sZ0aWp"

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
TIME_ZONE = "UTC"
USE_TZ = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "DEBUG" if DEBUG else "INFO"},
}
logging.config.dictConfig(LOGGING)
