"""Text from files, made safe to print: control characters shown, never sent to a terminal.

A fixture's name or a file's name may hold an escape sequence (``ESC [31m``), a C1 control
(U+009B, which some terminals read as ``ESC [``), NUL or a line break that would forge a line
of output. Text output shows them escaped with :func:`careerstats.errors.one_line`; JSON output
escapes them with JSON's own ``\\uXXXX`` (:func:`to_json`), beyond the C0 controls that JSON
itself requires escaping.
"""

from __future__ import annotations

import json
import re
from typing import Any

from careerstats.errors import one_line

__all__ = ["one_line", "to_json"]

# What json.dumps(ensure_ascii=False) leaves raw that a terminal or a JavaScript parser
# mistakes for more than text: DEL, the C1 controls, the line and paragraph separators, and
# the lone surrogates that stand for a file name's undecodable bytes.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def to_json(data: Any) -> str:
    """``data`` as JSON indented by two spaces, with a final line break; non-ASCII text kept
    readable, control characters escaped.

    >>> print(to_json({"name": "Jo\\x1b[31m\\x9b\\u2028"}), end="")
    {
      "name": "Jo\\u001b[31m\\u009b\\u2028"
    }
    """
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return _RAW_IN_JSON.sub(lambda found: f"\\u{ord(found[0]):04x}", text) + "\n"
