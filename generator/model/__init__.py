"""The normalized model (``types``), how it is built (``build``) and named (``naming``)."""

from .build import build_api
from .types import Api, Field, Method

__all__ = ["Api", "Field", "Method", "build_api"]
