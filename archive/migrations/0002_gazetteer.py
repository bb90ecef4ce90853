"""The gazetteer (countries, people, sources) comes with the migrations: `migrate` alone
prepares an archive ready for ingest. A later data migration may call the loader again
once the lists in archive/gazetteer/ grow; it only adds and updates."""

from django.db import migrations


def load(apps, schema_editor):
    from archive.gazetteer.load import load_gazetteer

    load_gazetteer(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("archive", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
