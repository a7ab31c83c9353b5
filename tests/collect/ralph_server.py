"""Ralph (an open-source xAPI learning record store) served for the integration tests.

Ralph 5.1.0's filesystem backend writes in create mode by default, so every batch after
the first answers 500; this entry point makes it append before the app is imported.
Serve it with: uvicorn tests.collect.ralph_server:app --host 127.0.0.1 --port PORT
"""

from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend

FSDataBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402

__all__ = ["app"]
