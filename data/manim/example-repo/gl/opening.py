from manimlib import *


class GlOpening(InteractiveScene):
    """Draw a circle, ManimGL style."""

    def construct(self):
        circle = Circle()
        self.play(ShowCreation(circle))
        self.embed()
