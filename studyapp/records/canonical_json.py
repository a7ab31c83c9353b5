"""RFC 8785 JSON Canonicalization Scheme (JCS): the exact bytes an eddsa-jcs-2022 signature
covers (the suite of the first records). The `rfc8785` package does the work: a standard's
algorithm, so a maintained implementation, not ours. Python's json module is close but not
the same (1.0 against 1, exponents from 1e16, keys by code point not UTF-16 unit)."""

from __future__ import annotations

from typing import Any

import rfc8785


class CanonicalJsonError(ValueError):
    pass


def canonical_json(value: Any) -> bytes:
    try:
        return rfc8785.dumps(value)
    except rfc8785.CanonicalizationError as exc:
        raise CanonicalJsonError(str(exc)) from exc
    except (TypeError, ValueError) as exc:  # a value JSON cannot hold
        raise CanonicalJsonError(str(exc)) from exc
