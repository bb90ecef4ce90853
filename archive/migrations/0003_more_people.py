"""Once loaded the officials added to archive/gazetteer/people.py after 0002; now a
no-op kept for the migration history: the post_migrate handler loads the whole
gazetteer after every `migrate`."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("archive", "0002_gazetteer")]

    operations = [migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop)]
