"""Print and PDF export of a rich-text document (QPrinter / QPdfWriter)."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget


def document_from_html(html: str, title: str = "") -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    if title:
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def export_pdf(doc: QTextDocument, path: str, title: str = "", landscape: bool = False) -> None:
    """Write ``doc`` as an A4 PDF at ``path`` (landscape for side-by-side comparisons)."""
    writer = QPdfWriter(path)
    writer.setTitle(title or doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("MMN Desktop")
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    margin = 12 if landscape else 15
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(margin, margin, margin, margin),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    doc.print_(writer)


def print_document(doc: QTextDocument, parent: QWidget | None = None) -> bool:
    """Show the print dialog and print ``doc``; False if the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc.print_(printer)
    return True
