from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = "الأرشيف"

    def ready(self):
        from archive import pagecache
        from archive.gazetteer.load import load_after_migrate

        post_migrate.connect(load_after_migrate, sender=self)
        pagecache.connect()
