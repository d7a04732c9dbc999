from manim import *
from helpers import make_grid


class GridReveal(Scene):
    """Reveal a 3 by 4 grid of squares."""

    def construct(self):
        grid = make_grid(3, 4)
        self.play(Create(grid))
        self.wait()
