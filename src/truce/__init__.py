"""Truce Monitor: ceasefire agreements as data, sourced incident records, neutral findings."""

__version__ = "0.1.0"
