from django.db import migrations


def load(apps, schema_editor):
    from sujarit.frameworks.loader import frameworks_load_all

    frameworks_load_all(framework_model=apps.get_model("frameworks", "Framework"),
                        area_model=apps.get_model("frameworks", "Area"))


class Migration(migrations.Migration):
    dependencies = [("frameworks", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
