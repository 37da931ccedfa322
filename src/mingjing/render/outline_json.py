"""The outline as JSON (contract mingjing.outline/1)."""

from __future__ import annotations

import json

from mingjing.model import Outline, outline_to_dict


def render_outline_json(outline: Outline) -> str:
    return json.dumps(outline_to_dict(outline), ensure_ascii=False, indent=2)
