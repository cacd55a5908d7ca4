"""The HTML export of a generated 5,000-node partnership graph opened in headless Chromium: how long its
first frame takes (the page sets `window.partnergraphPainted`, milliseconds from the start of navigation).
The tests open the same page to check what it shows; the time is measured here, not asserted there."""
from __future__ import annotations

import time
from pathlib import Path

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
FIRST_FRAME_WAIT_S = 60  # a frame not painted by then is reported as missing, not waited for


def chromium_available() -> bool:
    return CHROMIUM.exists() and CHROMEDRIVER.exists()


def chromium_driver():
    """Headless Chromium driven by selenium (`make system-packages` installs both programs)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,900"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)


def page_graph(nodes: int):
    """A partnership graph of the size a large corpus makes, with the attributes the exports read."""
    import networkx as nx
    from generate import generated_graph

    shape = generated_graph(nodes)
    graph = nx.MultiGraph()
    for node in shape:
        graph.add_node(f"org:{node}", label=f"Body {node}", kind="organisation", weight=1 + shape.degree(node) % 7,
                       themes=["housing"], documents=[], aliases=[], first_seen="2019-01", last_seen="2021-06",
                       evidence_count=0)
    for a, b in shape.edges():
        key = f"collaboration|org:{a}|org:{b}"
        graph.add_edge(f"org:{a}", f"org:{b}", key=key, id=key, kind="collaboration", themes=["housing"],
                       projects=[], documents=[], weight=1, roles=[], via=[], first_seen="2019-01", last_seen="2021-06")
    return graph


def first_frame_ms(driver, path: Path) -> float | None:
    """Opens the page and waits for its first frame; None when none comes within FIRST_FRAME_WAIT_S."""
    driver.get(f"file://{path}")
    deadline = time.monotonic() + FIRST_FRAME_WAIT_S
    painted = driver.execute_script("return window.partnergraphPainted")
    while painted is None and time.monotonic() < deadline:
        time.sleep(0.1)
        painted = driver.execute_script("return window.partnergraphPainted")
    return painted


def bench_html_paint(results: dict, work: Path, nodes: int = 5000) -> None:
    """`html_paint_<nodes>_nodes_ms`; left out, with a line saying why, where Chromium is not installed."""
    from partnergraph.graph.export.html import write_html
    from partnergraph.graph.store.db import open_db

    if not chromium_available():
        print("html paint: not measured, Chromium and chromedriver are missing (make system-packages)")
        return
    db_path = work / "paint.db"
    for stale in work.glob("paint.db*"):
        stale.unlink()
    (path,) = write_html(open_db(db_path), page_graph(nodes), work / "paint.html", "Generated")
    driver = chromium_driver()
    try:
        results[f"html_paint_{nodes}_nodes_ms"] = first_frame_ms(driver, path)
    finally:
        driver.quit()
