"""Loads the officials added to archive/gazetteer/people.py after 0002: the heads of
state and government and foreign ministers of Russia, the United States, Turkey, Iran,
Pakistan, India, Afghanistan, the Arab states, Israel and the big European and Asian
powers. The loader is an idempotent upsert, so rows 0002 wrote are left as they are."""

from django.db import migrations


def load(apps, schema_editor):
    from archive.gazetteer.load import load_gazetteer

    load_gazetteer(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("archive", "0002_gazetteer")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
