"""Spec -> loader -> normalized model -> targets -> formatter -> writer.

Run as ``python -m generator [validate|generate|check]``.
"""
