"""Every export format read back with its reference reader and compared with the stored graph; the HTML
page driven in headless Chromium; document text that looks like code never runs."""
from __future__ import annotations

import csv
import json
import sys
import xml.etree.ElementTree as ElementTree

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import REPO
from partnergraph.extract.pipeline import Extractor
from partnergraph.graph.cli.main import cli
from partnergraph.graph.export import load_graph, select
from partnergraph.graph.ingest.run import ingest
from partnergraph.graph.store.db import open_db

sys.path.insert(0, str(REPO / "bench"))  # the page's generated graph and its browser, shared with bench/paint.py
from paint import chromium_available, chromium_driver, first_frame_ms, page_graph  # noqa: E402

ATTRIBUTES = {"kind", "themes", "weight", "documents", "first_seen", "last_seen", "evidence_count"}


@pytest.fixture(scope="module")
def sample_db(sample_corpus_db):
    return sample_corpus_db[0]


@pytest.fixture(scope="module")
def stored(sample_db):
    db = open_db(sample_db)
    return select(db, load_graph(db))


def export(db_path, tmp_path, fmt, *extra) -> list:
    target = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "-o", str(target), "--db", str(db_path), *extra])
    assert result.exit_code == 0, result.output
    return [line.removeprefix("wrote ") for line in result.output.splitlines()]


def same_graph(read: nx.Graph, stored: nx.MultiGraph) -> None:
    assert set(map(str, read.nodes)) == set(stored.nodes)
    assert read.number_of_edges() == stored.number_of_edges()
    for node, data in read.nodes(data=True):
        assert ATTRIBUTES <= set(data), node
        assert str(data["kind"]) == stored.nodes[str(node)]["kind"]
    for _, _, data in read.edges(data=True):
        assert ATTRIBUTES <= set(data)


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_gephi_formats_read_back(sample_db, stored, tmp_path, fmt, reader):
    (path,) = export(sample_db, tmp_path, fmt)
    same_graph(reader(path), stored)


def test_node_link_and_cytoscape_json_read_back(sample_db, stored, tmp_path):
    (path,) = export(sample_db, tmp_path, "json")
    same_graph(nx.node_link_graph(json.loads(open(path, encoding="utf-8").read()), edges="edges"), stored)
    (path,) = export(sample_db, tmp_path, "cytoscape")
    data = json.loads(open(path, encoding="utf-8").read())
    same_graph(nx.cytoscape_graph(data, name="label", ident="id"), stored)


def test_csv_nodes_and_edges(sample_db, stored, tmp_path):
    nodes_path, edges_path = export(sample_db, tmp_path, "csv")
    nodes = list(csv.DictReader(open(nodes_path, encoding="utf-8")))
    edges = list(csv.DictReader(open(edges_path, encoding="utf-8")))
    assert {n["id"] for n in nodes} == set(stored.nodes) and len(edges) == stored.number_of_edges()
    assert ATTRIBUTES <= set(nodes[0]) and ATTRIBUTES <= set(edges[0])


def test_graphviz_draws_every_node_and_edge_of_the_dot_file(sample_db, stored, tmp_path):
    import shutil
    import subprocess

    if not shutil.which("dot"):
        pytest.skip("needs Graphviz: run `make system-packages` (as root), or apt-get install graphviz")
    (path,) = export(sample_db, tmp_path, "dot")
    svg = subprocess.run(["dot", "-Tsvg", path], capture_output=True, text=True, check=True).stdout
    assert svg.count('class="node"') == stored.number_of_nodes()
    assert svg.count('class="edge"') == stored.number_of_edges()
    labels = {stored.nodes[n]["label"] for n in stored}
    drawn = {ElementTree.fromstring(svg.encode()).find(".//{http://www.w3.org/2000/svg}title").text}
    assert drawn and any(label in svg for label in labels)


def test_graphml_ids_are_unique_and_every_edge_carries_its_evidence(sample_db, stored, tmp_path):
    (path,) = export(sample_db, tmp_path, "graphml")
    root = ElementTree.parse(path).getroot()
    edges = root.findall(".//{http://graphml.graphdrawing.org/xmlns}edge")
    ids = [edge.get("id") for edge in edges]
    assert len(ids) == stored.number_of_edges() == len(set(ids)) and all(ids)
    graph = nx.read_graphml(path)
    assert all(data["evidence"] and data["evidence_document"] for _, _, data in graph.edges(data=True))


def test_gexf_has_colours_sizes_positions_times_and_no_internal_attributes(sample_db, stored, tmp_path):
    (path,) = export(sample_db, tmp_path, "gexf")
    text = open(path, encoding="utf-8").read()
    assert "networkx_key" not in text
    root = ElementTree.parse(path).getroot()
    gexf, viz = "{http://www.gexf.net/1.2draft}", "{http://www.gexf.net/1.2draft/viz}"
    nodes = root.findall(f".//{gexf}node")
    assert len(nodes) == stored.number_of_nodes()
    for node in nodes:
        assert node.find(f"{viz}color") is not None and node.find(f"{viz}size") is not None
        assert node.find(f"{viz}position") is not None
    assert root.find(f"{gexf}graph").get("mode") == "dynamic"
    assert all(len(node.get("start", "")) == 10 for node in nodes if node.get("start"))
    dated = {n for n in stored if stored.nodes[n]["first_seen"]}
    assert dated and {node.get("id") for node in nodes if node.get("start")} == dated


def test_filters_select_a_subgraph(sample_db, tmp_path):
    (path,) = export(sample_db, tmp_path, "graphml", "--org", "Public Health England", "--depth", "1")
    graph = nx.read_graphml(path)
    assert {d["label"] for _, d in graph.nodes(data=True)} == {"Public Health England", "Birmingham City Council"}
    (path,) = export(sample_db, tmp_path, "json", "--project", "Active Citizens Together", "--force")
    nodes = json.loads(open(path, encoding="utf-8").read())["nodes"]
    assert {n["label"] for n in nodes if n["kind"] != "place"} == {
        "Active Citizens Together", "Strategic Migration Partnership", "European Commission"}
    assert {n["label"] for n in nodes if n["kind"] == "place"} == {"UK"}  # where the project works


def test_pictures_are_a4(sample_db, tmp_path):
    from PIL import Image

    (png,) = export(sample_db, tmp_path, "png")
    width, height = Image.open(png).size
    assert abs(width / height - 11.69 / 8.27) < 0.02 and width >= 2000
    (svg,) = export(sample_db, tmp_path, "svg")
    assert "<svg" in open(svg, encoding="utf-8").read()[:500]


def test_docx_writeup_has_headings_table_and_picture(sample_db, tmp_path):
    import docx

    (path,) = export(sample_db, tmp_path, "docx", "--project", "Active Citizens Together")
    document = docx.Document(path)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]
    assert headings[:1] == ["Active Citizens Together"]
    assert {"Partners", "Targets and delivery", "Evidence"} <= set(headings)
    assert "Events" not in headings  # the project's reports date no event: no empty section
    figures = next(t for t in document.tables if t.rows[0].cells[1].text == "metric")
    rows = [[c.text for c in row.cells] for row in figures.rows]
    assert ["Active Citizens Together", "Workshops", "20", "24", "120%"] == rows[1][:5]
    assert len(document.inline_shapes) == 1
    assert any("Strategic Migration Partnership" in p.text for p in document.paragraphs if p.style.name == "Quote") \
        or any("Strategic Migration Partnership" in c.text for t in document.tables for r in t.rows for c in r.cells)


def test_markdown_writeup(sample_db, tmp_path):
    path, picture = export(sample_db, tmp_path, "md", "--org", "Birmingham City Council")
    text = open(path, encoding="utf-8").read()
    assert text.startswith("# Birmingham City Council") and "| organisation | relation | roles | themes |" in text
    assert f"]({picture.split('/')[-1]})" in text and "> " in text


def test_writing_over_a_file_needs_force(sample_db, tmp_path):
    export(sample_db, tmp_path, "gexf")
    again = CliRunner().invoke(cli, ["export", "--format", "gexf", "-o", str(tmp_path / "out.gexf"), "--db", str(sample_db)])
    assert again.exit_code == 1 and "--force" in again.output
    export(sample_db, tmp_path, "gexf", "--force")


HOSTILE = ("Harbour Refugee Forum met with Bay Housing Trust <script>window.pwned = 1</script> and "
           "<img src=x onerror=\"window.pwned = 2\"> to plan the welcome event.")


@pytest.fixture(scope="module")
def browser():
    if not chromium_available():
        pytest.skip("needs Chromium and chromedriver: run `make system-packages` (as root), or apt-get install chromium chromium-driver")
    driver = chromium_driver()
    yield driver
    driver.quit()


def click_node(driver, label: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    x, y = driver.execute_script(
        "var n = window.partnergraph.nodes().filter(function (n) { return n.data('label') === arguments[0]; })[0];"
        "var p = n.renderedPosition(); return [p.x, p.y];".replace("arguments[0]", json.dumps(label)))
    container = driver.find_element(By.ID, "graph")
    size = container.size
    ActionChains(driver).move_to_element_with_offset(container, x - size["width"] / 2, y - size["height"] / 2) \
        .click().perform()


def test_html_page_draws_the_graph_and_shows_evidence_on_click(sample_db, stored, tmp_path, browser):
    from selenium.webdriver.common.by import By

    (path,) = export(sample_db, tmp_path, "html")
    browser.get(f"file://{path}")
    assert browser.execute_script("return window.partnergraph.nodes().length") == stored.number_of_nodes()
    assert browser.execute_script("return window.partnergraph.edges().length") > 0
    assert browser.find_elements(By.CSS_SELECTOR, "#graph canvas")
    click_node(browser, "Public Health England")
    panel = browser.find_element(By.ID, "panel").text
    assert panel.startswith("Public Health England")
    assert "seconded into the council team from Public Health England" in panel
    assert "002_d108209246486e3d" in panel
    browser.save_screenshot(str(tmp_path / "html-export.png"))
    assert (tmp_path / "html-export.png").stat().st_size > 10_000


def test_html_legend_explains_what_is_drawn_and_a_theme_colours_its_lines(sample_db, tmp_path, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    (path,) = export(sample_db, tmp_path, "html")
    browser.get(f"file://{path}")
    legend = browser.find_element(By.ID, "legend").text
    assert "organisation" in legend and "person" not in legend and "place" not in legend  # only kinds drawn
    drawn = set(browser.execute_script("return window.partnergraph.edges().map(function (e) { return e.data('kind'); })"))
    assert drawn and all(f"{kind}: " in legend for kind in drawn) and "collaboration: said to work together" in legend
    assert all(f"{kind}: " not in legend for kind in {"partnership", "participation", "collaboration"} - drawn)
    heading = browser.find_element(By.ID, "heading").text
    assert "organisations" in heading and "links" in heading and "reports 2011" in heading
    Select(browser.find_element(By.ID, "theme")).select_by_value("housing")
    themed = browser.execute_script("return window.partnergraph.edges('.themed').length")
    faded = browser.execute_script("return window.partnergraph.edges('.faded').length")
    assert themed > 0 and faded > 0


def test_html_of_5000_nodes_paints_all_of_them(sample_db, tmp_path, browser):
    """What the page shows; how fast it paints is bench/paint.py's target (html_paint_5000_nodes_ms)."""
    from partnergraph.graph.export.html import write_html

    (path,) = write_html(open_db(sample_db), page_graph(5000), tmp_path / "big.html", "Generated")
    assert first_frame_ms(browser, path) is not None
    assert browser.execute_script("return window.partnergraph.nodes().length") == 5000
    labelled = browser.execute_script("return window.partnergraph.nodes('[?major]').length")
    assert 0 < labelled <= 60


def test_document_text_cannot_run_code_in_the_html_export(tmp_path, browser):
    from selenium.webdriver.common.by import By

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "hostile.txt").write_text(f"Update\n\n{HOSTILE}\n", encoding="utf-8")
    db_path = tmp_path / "pg.db"
    ingest(open_db(db_path), [str(folder)], Extractor())
    (path,) = export(db_path, tmp_path, "html")
    page = open(path, encoding="utf-8").read()
    assert "<script>window.pwned" not in page and "<img src=x" not in page
    browser.get(f"file://{path}")
    click_node(browser, "Harbour Refugee Forum")
    assert "<script>window.pwned = 1</script>" in browser.find_element(By.ID, "panel").text
    assert browser.execute_script("return typeof window.pwned") == "undefined"


@pytest.mark.parametrize("extra", [[], ["--org", "Birmingham City Council"]], ids=["whole-corpus", "organisation"])
def test_word_write_up_opens_in_libreoffice_with_its_sections_and_no_repeated_quote(sample_db, tmp_path, extra):
    import shutil
    import subprocess

    from partnergraph.extract.readers import read_file

    if not shutil.which("soffice"):
        pytest.skip("needs LibreOffice: run `make system-packages` (as root), or apt-get install libreoffice-writer-nogui")
    (path,) = export(sample_db, tmp_path, "docx", *extra)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to",
                    "pdf", "--outdir", str(tmp_path / "pdf"), path], check=True, capture_output=True, timeout=180)
    printed = read_file(str(tmp_path / "pdf" / "out.pdf"))
    text = " ".join(printed.text.split())
    for section in ("Partners", "Targets and delivery", "Evidence"):
        assert section in text
    assert "Coventry City Council" in text and printed.pages >= 2
    assert text.count("Coventry City Council is leading a consortium") == 1  # each sentence quoted once
    import docx

    body = docx.Document(path).element.body
    styles = [(child.tag.rsplit("}", 1)[-1], child.xpath("string(.//w:pStyle/@w:val)")) for child in body]
    for (_, style), (tag, following) in zip(styles, styles[1:]):
        assert not (style.startswith("Heading") and following.startswith("Heading")), "an empty section"


def test_markdown_write_up_names_reports_by_title_and_its_picture_after_itself(sample_db, tmp_path):
    target = tmp_path / "birmingham.md"
    result = CliRunner().invoke(cli, ["export", "--format", "md", "--org", "Birmingham City Council", "-o",
                                      str(target), "--db", str(sample_db)])
    assert result.exit_code == 0 and (tmp_path / "birmingham.png").exists()
    text = target.read_text(encoding="utf-8")
    assert "![Network of Birmingham City Council](birmingham.png)" in text
    assert "Migration Policy and Practice - Project Update - December 2019 (2019-12)" in text
    assert not any(line.startswith("> —") and ".txt" in line for line in text.splitlines())
    quotes = [line for line in text.splitlines() if line.startswith("> ") and not line.startswith("> —")]
    assert len(quotes) == len(set(quotes))
    assert "| project | metric |" in text  # every figure with its project
