INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "ledger",
    "treasury",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "pettycash"}}
