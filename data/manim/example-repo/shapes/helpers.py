from manim import *


def make_grid(rows, cols, size=0.5):
    cells = [Square(side_length=size) for _ in range(rows * cols)]
    return VGroup(*cells).arrange_in_grid(rows=rows, cols=cols, buff=0)


class TitledScene(Scene):
    def add_title(self, text):
        title = Text(text, font_size=40).to_edge(UP)
        self.add(title)
        return title
