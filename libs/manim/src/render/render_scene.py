"""Render one Manim file's scenes for real, cheaply: each Scene subclass it defines runs construct() in
full (every play() applies its animation to the end) and Cairo draws the last frame at a tiny size.

    python render_scene.py --probe                 -> {"manim": "0.22.0", "python": "3.11.2"}
    python render_scene.py FILE MEDIA_DIR W H      -> one JSON line: the verdict

Run with the render environment's interpreter (npx nx run manim:setup-render). Its own process per file:
a scene may change manim's global config or leave state behind, and must not colour the next verdict.

A verdict is the scene's only when the scene caused it. What the machine lacks (LaTeX, dvisvgm, manim
itself) is reported as `infrastructure`, so the caller never memoizes it as the scene's fault.
"""

import json
import os
import sys
import traceback

# Executables Manim runs for Tex/MathTex; their absence says nothing about the scene.
TOOLS = {"latex", "pdflatex", "xelatex", "lualatex", "dvisvgm"}


# The verdict's channel: a scene's own print() goes to stderr, so stdout carries nothing but the verdict.
VERDICT = sys.stdout
sys.stdout = sys.stderr


def emit(verdict):
    VERDICT.write(json.dumps(verdict, sort_keys=True) + "\n")
    VERDICT.flush()


def last_line(error):
    lines = traceback.format_exception_only(type(error), error)
    return "".join(lines).strip().splitlines()[-1] if lines else type(error).__name__


def missing_tool(error):
    """The tool whose absence raised `error`, or None: FileNotFoundError from spawning it, or Manim's
    own message when a LaTeX run left no output behind."""
    while error is not None:
        if isinstance(error, FileNotFoundError) and os.path.basename(str(error.filename or "")) in TOOLS:
            return os.path.basename(str(error.filename))
        error = error.__cause__ or error.__context__
    return None


def probe():
    import platform

    import manim

    emit({"manim": manim.__version__, "python": platform.python_version()})


def scenes_of(module_name, namespace, scene_type):
    """The Scene subclasses the file defines itself, in source order (not the ones it imports)."""
    found = []
    for value in namespace.values():
        if isinstance(value, type) and issubclass(value, scene_type) and value.__module__ == module_name:
            found.append(value)
    return found


def render(path, media_dir, width, height):
    try:
        import manim
        from manim import Scene, config, tempconfig
    except Exception as error:  # the environment, not the scene
        emit({"infrastructure": "MANIM_IMPORT_FAILED", "error": last_line(error)})
        return
    config.verbosity = "ERROR"
    settings = {
        "pixel_width": width,
        "pixel_height": height,
        "save_last_frame": True,
        "write_to_movie": False,
        "disable_caching": True,
        "media_dir": media_dir,
        "progress_bar": "none",
        "verbosity": "ERROR",
    }
    module_name = "scene_under_test"
    namespace = {"__name__": module_name, "__file__": path}
    rendered = []
    scene = None
    try:
        with open(path, encoding="utf-8") as source:
            code = compile(source.read(), path, "exec")
        exec(code, namespace)
        scenes = scenes_of(module_name, namespace, Scene)
        if not scenes:
            emit({"ok": False, "code": "RENDER_NO_SCENE", "error": "the file defines no Scene subclass"})
            return
        for scene_class in scenes:
            scene = scene_class.__name__
            with tempconfig(settings):
                instance = scene_class()
                instance.render()
                image = instance.renderer.file_writer.image_file_path
            if not image or not os.path.isfile(image) or os.path.getsize(image) == 0:
                emit({"ok": False, "code": "RENDER_NO_FRAME", "scene": scene, "error": "Manim wrote no frame"})
                return
            rendered.append(scene)
    except BaseException as error:  # a scene may raise anything, SystemExit included
        tool = missing_tool(error)
        if tool is not None:
            emit({"infrastructure": "LATEX_MISSING", "error": f"`{tool}` is not installed", "scene": scene})
            return
        emit({"ok": False, "code": "RENDER_SCENE_ERROR", "scene": scene, "error": last_line(error)})
        return
    emit({"ok": True, "scenes": rendered, "manim": manim.__version__})


def main():
    if sys.argv[1:] == ["--probe"]:
        probe()
        return
    path, media_dir, width, height = sys.argv[1:5]
    render(path, media_dir, int(width), int(height))


if __name__ == "__main__":
    main()
