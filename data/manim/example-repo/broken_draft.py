from manim import *


class Draft(Scene)
    def construct(self):
        self.add(Circle())
