"""Ruled tables of PDF pages. The ruling lines come from the paths PDFium reads off the page; pdfplumber's
table finder turns them into cells (edges, their intersections, the smallest boxes they close, boxes that
touch grouped into tables); PDFium reads each cell's text as it reads the rest of the page. pdfplumber's
own page layout is not needed: it makes a Python object of every character on the page before it looks
for tables, which was 80% of reading a five-page report with one table."""
from __future__ import annotations

import ctypes

from partnergraph.extract.readers.pdf_layout import pdfium_text

ALIGNED = 0.01  # points: a segment whose ends differ by less than this across it is horizontal or vertical
SHORTEST_EDGE = 1  # points: pdfplumber's prefilter, before edges are joined


def find_tables(pdf, indexes: list[int]) -> dict[int, list]:
    """{page index: [(top, bottom, rows)]} of the ruled tables on those pages, top and bottom measured from
    the page's top edge as the page's lines are."""
    found: dict[int, list] = {}
    for index in indexes:
        page = pdf[index]
        try:
            tables = page_tables(page)
        except Exception:  # odd drawings are common, and the page's text is read without its tables
            tables = []
        finally:
            page.close()
        if tables:
            found[index] = tables
    return found


def page_tables(page) -> list:
    from pdfplumber.table import (Table, TableSettings, cells_to_tables, edges_to_intersections,
                                  intersections_to_cells, merge_edges)
    from pdfplumber.utils import filter_edges

    view = PageView(page.get_bbox(), page.get_rotation())
    settings = TableSettings()  # pdfplumber's defaults, as page.find_tables() uses them
    edges = merge_edges(ruling_edges(page, view), settings.snap_x_tolerance, settings.snap_y_tolerance,
                        settings.join_x_tolerance, settings.join_y_tolerance)
    edges = filter_edges(edges, min_length=settings.edge_min_length)
    intersections = edges_to_intersections(edges, settings.intersection_x_tolerance,
                                           settings.intersection_y_tolerance)
    grids = [Table(None, cells) for cells in cells_to_tables(intersections_to_cells(intersections))]
    grids = [grid for grid in grids if len(grid.rows) >= 2 and len(grid.rows[0].cells) >= 2]
    if not grids:
        return []
    textpage = page.get_textpage()
    try:
        texts = cell_texts(textpage, view, [cell for grid in grids for cell in grid.cells])
    finally:
        textpage.close()
    return [(grid.bbox[1], grid.bbox[3], [[texts.get(cell, "") for cell in row.cells] for row in grid.rows])
            for grid in grids]


def cell_texts(textpage, view: PageView, cells: list) -> dict:
    """{cell: its text}: each character goes to the cells its centre lies in, as pdfplumber places them
    (a box around the cell would also take in the edges of neighbours' characters)."""
    import pypdfium2.raw as raw

    units: dict = {cell: [] for cell in cells}
    last: dict = {}  # cell -> index of the last character it took: a gap means other text came between
    area = (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))
    current: list = []
    box = [ctypes.c_double() for _ in range(4)]
    refs = [ctypes.byref(value) for value in box]
    get_unicode, get_box, handle = raw.FPDFText_GetUnicode, raw.FPDFText_GetCharBox, textpage.raw
    for index in range(raw.FPDFText_CountChars(handle)):
        unit = " "  # spaces and line ends PDFium adds have no box: they go with what came before
        if get_box(handle, index, *refs):
            x, y = view.to_view((box[0].value + box[1].value) / 2, (box[2].value + box[3].value) / 2)
            if not (area[0] <= x <= area[2] and area[1] <= y <= area[3]):
                current = []
                continue
            unit = chr(get_unicode(handle, index))
            if not unit.isspace():
                current = cells_at(cells, x, y)
        for cell in current:
            if last.get(cell, index - 1) != index - 1:
                units[cell].append(" ")
            units[cell].append(unit)
            last[cell] = index
    return {cell: " ".join(pdfium_text(utf16_units(found)).split()) for cell, found in units.items()}


def cells_at(cells: list, x: float, top: float) -> list:
    return [cell for cell in cells if cell[0] <= x <= cell[2] and cell[1] <= top <= cell[3]]


def utf16_units(units: list[str]) -> str:
    """Characters beyond the basic plane come from PDFium as two UTF-16 halves."""
    return "".join(units).encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class PageView:
    """PDF user space (x, y as the page box sets them) to the page as shown, turned by its /Rotate:
    (x from the left, distance from the top), the coordinates pdfplumber's table finder works in."""

    def __init__(self, box: tuple[float, float, float, float], rotation: int):
        self.left, self.bottom, self.right, self.top = box
        self.rotation = rotation % 360

    def to_view(self, x: float, y: float) -> tuple[float, float]:
        if self.rotation == 90:
            return y - self.bottom, x - self.left
        if self.rotation == 180:
            return self.right - x, y - self.bottom
        if self.rotation == 270:
            return self.top - y, self.right - x
        return x - self.left, self.top - y

    def to_pdf(self, x: float, top: float) -> tuple[float, float]:
        if self.rotation == 90:
            return top + self.left, x + self.bottom
        if self.rotation == 180:
            return self.right - x, top + self.bottom
        if self.rotation == 270:
            return self.right - top, self.top - x
        return x + self.left, self.top - top


def ruling_edges(page, view: PageView) -> list[dict]:
    """The page's horizontal and vertical path segments as pdfplumber's edges, in the page's view."""
    import pypdfium2.raw as raw

    edges = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        for start, end in path_segments(obj):
            (x0, top0), (x1, top1) = view.to_view(*start), view.to_view(*end)
            if abs(top0 - top1) < ALIGNED and abs(x1 - x0) >= SHORTEST_EDGE:
                edges.append(edge("h", min(x0, x1), max(x0, x1), top0, top0))
            elif abs(x0 - x1) < ALIGNED and abs(top1 - top0) >= SHORTEST_EDGE:
                edges.append(edge("v", x0, x0, min(top0, top1), max(top0, top1)))
    return edges


def edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {"object_type": "line", "orientation": orientation, "x0": x0, "x1": x1, "top": top,
            "bottom": bottom, "width": x1 - x0, "height": bottom - top}


def path_segments(obj):
    """The straight segments of a path object, in page coordinates (the path's own transform and those of
    the forms it is drawn in applied); curves are left out."""
    import pypdfium2.raw as raw

    matrices = []
    holder = obj
    while holder is not None:
        matrices.append(holder.get_matrix())
        holder = holder.container
    start = previous = None
    for index in range(raw.FPDFPath_CountSegments(obj.raw)):
        segment = raw.FPDFPath_GetPathSegment(obj.raw, index)
        x, y = ctypes.c_float(), ctypes.c_float()
        if not raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            continue
        point = (x.value, y.value)
        for matrix in matrices:
            point = matrix.on_point(*point)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_LINETO and previous is not None:
            yield previous, point
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = point
        if raw.FPDFPathSegment_GetClose(segment) and start is not None:
            yield point, start
        previous = point
