"""The normalized model (``types``), how it is built (``build``) and named (``naming``)."""

from .build import build_api
from .types import RESERVED_KINDS, Api, Field, Method, Reserved

__all__ = ["RESERVED_KINDS", "Api", "Field", "Method", "Reserved", "build_api"]
