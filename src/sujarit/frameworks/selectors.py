from django.db.models import QuerySet

from .models import Area, Framework

CURRENT_FRAMEWORK_CODE = "nacc-2566-2570"


def framework_current() -> Framework:
    return Framework.objects.filter(code=CURRENT_FRAMEWORK_CODE).order_by("-version").first()


def framework_dimensions(*, framework: Framework) -> QuerySet[Area]:
    return Area.objects.filter(framework=framework, level=1)


def framework_areas(*, framework: Framework) -> QuerySet[Area]:
    return Area.objects.filter(framework=framework)
