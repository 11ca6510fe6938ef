"""`tracker serve`: browse, search and review statements in a web browser.

The package is the web layer only: pages parse a request, call tracker's library
through tracker.web.backend (the one module here that imports tracker.query and
tracker.services) and render a Jinja2 template. Starlette, Jinja2 and uvicorn come
with the optional extra `tracker[web]`; tracker.web.config needs none of them, so
the command can check its options (and say what is missing) before importing them.
"""
