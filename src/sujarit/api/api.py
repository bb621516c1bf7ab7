"""The JSON API (django-ninja, OpenAPI at /api/openapi.json, docs at /api/docs, served locally)."""
from ninja import NinjaAPI
from ninja.security import django_auth

from sujarit.core.errors import ApplicationError

api = NinjaAPI(title="Sujarit API", version="1", urls_namespace="api", auth=django_auth)


@api.exception_handler(ApplicationError)
def application_error(request, exc: ApplicationError):
    return api.create_response(request, {"code": exc.code, "message": str(exc.message), "extra": exc.extra},
                               status=400)


from sujarit.complaints.api import router as complaints_router  # noqa: E402
from sujarit.documents.api import router as documents_router  # noqa: E402
from sujarit.plans.api import router as plans_router  # noqa: E402
from sujarit.progress.api import router as progress_router  # noqa: E402
from sujarit.risks.api import router as risks_router  # noqa: E402
from sujarit.whistleblowing.api import router as whistleblowing_router  # noqa: E402

api.add_router("/", plans_router)
api.add_router("/", documents_router)
api.add_router("/", progress_router)
api.add_router("/", risks_router)
api.add_router("/", complaints_router)
api.add_router("/", whistleblowing_router)
