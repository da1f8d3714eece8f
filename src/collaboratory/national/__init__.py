"""The national team's view: every local network side by side, the national impact report
(page, PDF, CSV) and each local network's sharing setting. Top layer: reads insights and
follow-through, and nothing below imports it."""
