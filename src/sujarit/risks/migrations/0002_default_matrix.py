from django.db import migrations


def load(apps, schema_editor):
    from sujarit.risks.services.matrix import matrix_load

    matrix_load(matrix_model=apps.get_model("risks", "RiskMatrix"))


class Migration(migrations.Migration):
    dependencies = [("risks", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
