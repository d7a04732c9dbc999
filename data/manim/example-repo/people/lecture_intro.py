from manim import *


class LectureIntro(Scene):
    """A professor walks over to a house."""

    def construct(self):
        professor = ImageMobject("professor.png").scale(0.5).to_edge(LEFT)
        house = SVGMobject("house.svg").scale(1.2).to_edge(RIGHT)
        self.add(professor, house)
        self.play(professor.animate.next_to(house, LEFT))
        self.wait()
