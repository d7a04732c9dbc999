from helpers import *


class ChapterTitle(TitledScene):
    """Show the chapter title at the top of the screen."""

    def construct(self):
        self.add_title("Chapter 1")
        self.wait()
