from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = "الأرشيف"

    def ready(self):
        from archive import checks  # noqa: F401 - registers the system checks
