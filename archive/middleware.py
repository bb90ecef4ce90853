"""The public site only reads: methods it does not serve are refused early."""

from django.http import HttpResponseNotAllowed

from archive.views.api import json_response

READ = ("GET", "HEAD")
# Staff post forms in the admin; everywhere else (pages, feeds, the API) only reads.
ALLOWED = {"/admin/": (*READ, "POST")}
API = "/api/"
NOT_ALLOWED = "هذه الواجهة للقراءة فقط: تقبل GET وHEAD."


def allowed_methods(path: str) -> tuple[str, ...]:
    return next((m for prefix, m in ALLOWED.items() if path.startswith(prefix)), READ)


class ReadOnlyMiddleware:
    """405 for OPTIONS, TRACE, writes and the rest, as JSON under /api/. Views would
    otherwise answer OPTIONS and POST like GET."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        allowed = allowed_methods(request.path)
        if request.method in allowed:
            return self.get_response(request)
        if request.path.startswith(API):
            response = json_response({"error": NOT_ALLOWED}, status=405)
            response["Allow"] = ", ".join(allowed)
            return response
        return HttpResponseNotAllowed(allowed)
