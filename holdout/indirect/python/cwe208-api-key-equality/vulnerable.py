from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse


class ApiKeyMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, api_key: str):
        super().__init__(app)
        self.api_key = api_key

    async def dispatch(self, request, call_next):
        provided = request.headers.get("x-api-key", "")
        if provided != self.api_key:
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        return await call_next(request)
