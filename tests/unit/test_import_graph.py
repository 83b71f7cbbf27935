"""The package's import graph has no circle: every module can be understood (and loaded) after what it uses."""

from __future__ import annotations

import grimp


def _circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_circle_anywhere_in_the_package():
    graph = grimp.build_graph("lifeline_desktop", include_external_packages=False)
    assert _circles(graph) == []


def test_the_circle_finder_sees_a_circle(tmp_path, monkeypatch):
    """The check above can fail: two modules importing each other are reported."""
    package = tmp_path / "circular_demo"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "one.py").write_text("from circular_demo import two\n")
    (package / "two.py").write_text("from circular_demo import one\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("circular_demo", include_external_packages=False, cache_dir=None)
    assert _circles(graph) == [["circular_demo.one", "circular_demo.two"]]
