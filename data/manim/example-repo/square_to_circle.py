from manim import *

# ---------------------------------------------------------------


class SquareToCircle(Scene):
    def construct(self):
        square = Square(color=BLUE)  # blue square
        circle = Circle(color=RED)   # red circle
        self.play(Create(square))
        self.play(Transform(square, circle))
        self.wait()
