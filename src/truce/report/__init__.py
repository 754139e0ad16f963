"""Stage ⑥: situation reports from the store."""

from truce.report.sitrep import Sitrep, build_sitrep, render, write_report

__all__ = ["Sitrep", "build_sitrep", "render", "write_report"]
