"""Bibliography exports: pure functions from :class:`~mmn_desktop.core.models.BibRecord` to text.

``to_ris``, ``to_bibtex`` and ``to_csl_json`` return the whole file as a ``str`` (write it as
UTF-8); ``to_csl_items`` gives the CSL-JSON items as dicts. Each takes ``annotation=False`` to
leave the annotations out.
"""

from __future__ import annotations

from mmn_desktop.core.export.bibtex import to_bibtex
from mmn_desktop.core.export.csl_json import to_csl_items, to_csl_json
from mmn_desktop.core.export.ris import to_ris

__all__ = ["to_bibtex", "to_csl_items", "to_csl_json", "to_ris"]
