"""The version of careerstats, the one place it is written (pyproject reads it from here).

A constant, so that what needs it on every load (the data-set cache's key) does not import
``importlib.metadata``, which costs more than reading a cached file.
"""

__version__ = "0.1.0"
