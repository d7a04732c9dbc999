"""Shapes used in the intro video."""
from manim import *

ACCENT = TEAL


def labeled_dot(label, point):
    dot = Dot(point, color=ACCENT)
    text = Text(label, font_size=24).next_to(dot, UP, buff=0.15)
    return VGroup(dot, text)


class TriangleVertices(Scene):
    """Label the three vertices of a triangle A, B and C."""

    def construct(self):
        triangle = Polygon(LEFT * 2 + DOWN, RIGHT * 2 + DOWN, UP * 2)
        labels = [labeled_dot(name, point) for name, point in zip("ABC", triangle.get_vertices())]
        self.play(Create(triangle))
        self.play(*[FadeIn(label) for label in labels])
        self.wait()


# Draw a square, then split it into four smaller squares.
class SplitSquare(Scene):
    def construct(self):
        square = Square(side_length=4)
        quarters = VGroup(*[Square(side_length=2) for _ in range(4)]).arrange_in_grid(rows=2, cols=2, buff=0)
        self.play(Create(square))
        self.play(ReplacementTransform(square, quarters))
        self.wait()


class ShapeLineup(Scene):
    def construct(self):
        shapes = VGroup(Circle(), Square(), Triangle()).arrange(RIGHT, buff=1)
        self.play(LaggedStartMap(Create, shapes))
        self.wait()
