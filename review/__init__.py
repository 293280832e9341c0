"""The staff review web app: the case queue, the case page, sign-in; Thai first.

`review.app.create_app(settings)` builds the FastAPI application. Pages are rendered on
the server (Jinja2); every personal value is masked unless a reveal with a reason was
made, and every decryption goes through storage.privacy (the one audited door).
"""
