"""Once loaded the gazetteer (countries, people, sources); now a no-op kept for the
migration history: the post_migrate handler (archive.gazetteer.load.load_after_migrate)
loads the gazetteer after every `migrate`, so `migrate` alone still prepares an archive
ready for ingest, and the loader no longer runs against historical schemas."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("archive", "0001_initial")]

    operations = [migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop)]
