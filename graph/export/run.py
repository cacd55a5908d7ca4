"""`partnergraph export`: select the subgraph, check where it goes, write it in the asked format."""
from __future__ import annotations

import os
from pathlib import Path

from partnergraph.extract.errors import PartnergraphError
from partnergraph.graph.export import load_graph, select
from partnergraph.graph.export.layout import Progress, no_progress
from partnergraph.graph.export.safe_text import terminal_text, xml_text

EXTENSIONS = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json", "cytoscape": ".cyjs", "csv": ".csv",
              "dot": ".dot", "html": ".html", "png": ".png", "svg": ".svg", "md": ".md", "docx": ".docx"}


def outputs_for(fmt: str, output: Path) -> list[Path]:
    if fmt == "csv":
        return [output, output.with_name(output.stem + "-edges" + output.suffix)]
    if fmt == "md":
        return [output, output.with_suffix(".png")]
    return [output]


def export(db, fmt: str, output: str | None, theme: str | None = None, org: str | None = None, depth: int = 1,
           project: str | None = None, force: bool = False, progress: Progress = no_progress) -> list[Path]:
    """Writes the selected graph; `progress` hears the layout's (nodes placed, nodes) for a progress bar."""
    path = Path(output or f"partnergraph{EXTENSIONS[fmt]}")
    existing = [p for p in outputs_for(fmt, path) if p.exists() or p.is_symlink()]
    if existing and not force:
        raise PartnergraphError(f"{existing[0]} already exists; add --force to write over it")
    odd = [p for p in existing if p.is_symlink() or not p.is_file()]
    if odd:  # /dev/full, a folder, a link: writing "over" it would replace it, not write to a file
        raise PartnergraphError(f"{odd[0]} is not a regular file; give a file name to write")
    graph = select(db, load_graph(db), theme, org, depth, project)
    title = xml_text(terminal_text("Partnership graph" + "".join(f" — {x}" for x in (project, org, theme) if x)))
    return write_whole(path, lambda staged: write(db, fmt, graph, staged, title, (project, org, theme), progress))


def write_whole(path: Path, write_to) -> list[Path]:
    """Writes into a hidden folder beside `path`, then renames each file into place: a full disk or a
    killed export leaves no partial file to block the next run."""
    import shutil
    import tempfile

    remove_stale_staging(path.parent)
    try:
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING}{os.getpid()}-", dir=path.parent))
    except OSError as exc:
        raise PartnergraphError(f"cannot write {path}: {exc.strerror} (does its folder exist?)") from exc
    try:
        written = write_to(staging / path.name)
        final = [path.parent / file.name for file in written]
        for file, target in zip(written, final):
            file.replace(target)
        return final
    except OSError as exc:
        raise PartnergraphError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


STAGING = ".partnergraph-"


def remove_stale_staging(folder: Path) -> None:
    """Staging folders of exports that were killed (their process is gone) are removed."""
    import shutil

    for staging in folder.glob(f"{STAGING}*-*"):
        pid = staging.name[len(STAGING):].split("-")[0]
        if staging.is_dir() and not staging.is_symlink() and pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(staging, ignore_errors=True)


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive, not ours to judge
    return True


def write(db, fmt: str, graph, path: Path, title: str, selection: tuple, progress: Progress) -> list[Path]:
    from partnergraph.graph.export import formats

    if fmt in ("graphml", "json", "cytoscape", "csv"):
        return getattr(formats, f"write_{fmt}")(graph, path)
    if fmt == "gexf":
        from partnergraph.graph.export.gexf import write_gexf
        return write_gexf(graph, path, progress)
    if fmt == "dot":
        from partnergraph.graph.export.dot import write_dot
        return write_dot(graph, path)
    if fmt == "html":
        from partnergraph.graph.export.html import write_html
        return write_html(db, graph, path, title, progress)
    if fmt in ("png", "svg"):
        from partnergraph.graph.export.picture import write_picture
        return write_picture(graph, path, title, progress=progress)
    from partnergraph.graph.export import writeup, writeup_files

    content = writeup.gather(db, graph, *selection)
    writer = writeup_files.write_markdown if fmt == "md" else writeup_files.write_docx
    return writer(db, graph, path, content, progress)
