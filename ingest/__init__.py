"""Ingest: read documents into lines, segment them into meetings and items, classify what was decided.

Stages (each a module, wired together only by ``arising.cli``):

* ``ingest.read``      file -> :class:`ingest.lines.Text` (dispatches to read_pdf / read_html / read_text / read_docx)
* ``ingest.segment``   Text -> meetings and agenda items with their lines and metadata
* ``ingest.classify``  an agenda item's lines -> candidate items, by a table of named rules
* ``ingest.owners``    who must act, as written and normalised
* ``ingest.dates``     when it is due

``ingest`` imports ``arising`` (the record model), never ``search``.
"""
