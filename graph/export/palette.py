"""Colours shared by the HTML page and the pictures: one per kind of node, one per theme."""

KIND_COLOURS = {"organisation": "#1f77b4", "project": "#ff7f0e", "person": "#2ca02c", "place": "#9467bd"}

THEME_COLOURS = {"employment": "#e6194b", "housing": "#3cb44b", "health": "#4363d8", "language": "#f58231",
                 "education": "#911eb4", "citizenship": "#42d4f4", "advice": "#f032e6", "legal": "#808000",
                 "destitution": "#800000", "cohesion": "#469990", "children": "#dcbeff", "research": "#000075"}

# Lines by relation, on the web page until a theme is chosen (then lines of that theme take its colour).
RELATION_COLOURS = {"collaboration": "#37474f", "partnership": "#90a4ae", "participation": "#ffb74d"}
RELATION_MEANINGS = {"collaboration": "said to work together", "partnership": "in the same project (dashed)",
                     "participation": "takes part in a project"}
