"""Render Manim files' scenes for real, cheaply: each Scene subclass a file defines runs construct() in
full (every play() applies its animation to the end) and Cairo draws the last frame at a tiny size.

    python render_scene.py --serve W H
        first line out: {"manim": "0.22.0", "python": "3.11.2"} (or an infrastructure line, then exit)
        then per request line in, {"file": ..., "media": ...}: {"started": PID}, then the verdict line

Run with the render environment's interpreter (npx nx run manim:setup-render). Manim is imported once, and
each file renders in a child forked from that state, in a process group of its own: a scene may change
manim's global config or leave state behind and must not colour the next verdict, and the caller kills
the group (LaTeX included) when a scene runs too long.

A verdict is the scene's only when the scene caused it. What the machine lacks (LaTeX, dvisvgm, manim
itself) is reported as `infrastructure`, so the caller never memoizes it as the scene's fault.
"""

import json
import os
import platform
import sys
import traceback

# Executables Manim runs for Tex/MathTex; their absence says nothing about the scene.
TOOLS = {"latex", "pdflatex", "xelatex", "lualatex", "dvisvgm"}


# The protocol's channel: a scene's own print() goes to stderr, so stdout carries nothing but JSON lines.
VERDICT = sys.stdout
sys.stdout = sys.stderr


def emit(verdict):
    VERDICT.write(json.dumps(verdict, sort_keys=True) + "\n")
    VERDICT.flush()


def last_line(error):
    lines = traceback.format_exception_only(type(error), error)
    return "".join(lines).strip().splitlines()[-1] if lines else type(error).__name__


def missing_tool(error):
    """The tool whose absence raised `error` (FileNotFoundError from spawning it, maybe chained), or None."""
    while error is not None:
        if isinstance(error, FileNotFoundError) and os.path.basename(str(error.filename or "")) in TOOLS:
            return os.path.basename(str(error.filename))
        error = error.__cause__ or error.__context__
    return None


def scenes_of(module_name, namespace, scene_type):
    """The Scene subclasses the file defines itself, in source order (not the ones it imports)."""
    found = []
    for value in namespace.values():
        if isinstance(value, type) and issubclass(value, scene_type) and value.__module__ == module_name:
            found.append(value)
    return found


def render(path, media_dir, width, height):
    import manim
    from manim import Scene, config, tempconfig

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


def render_in_child(request, width, height):
    """Forks; the child renders with its own stdin (none), output file and process group, and writes its
    verdict down a pipe. Returns the verdict line, or one saying how the child ended without one."""
    global VERDICT
    media = request["media"]
    os.makedirs(media, exist_ok=True)
    log = os.path.join(media, "output.txt")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.setpgid(0, 0)
        os.close(read_end)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(out, 1)
        os.dup2(out, 2)
        VERDICT = os.fdopen(write_end, "w")
        try:
            render(request["file"], media, width, height)
        finally:
            os._exit(0)
    os.close(write_end)
    emit({"started": pid})
    with os.fdopen(read_end) as pipe:
        lines = pipe.read().strip().splitlines()
    _, status = os.waitpid(pid, 0)
    if lines:
        return lines[-1]
    with open(log, encoding="utf-8", errors="replace") as output:
        tail = [line for line in output.read().strip().splitlines() if line.strip()]
    ended = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"code {os.waitstatus_to_exitcode(status)}"
    return json.dumps({"ended": ended, "signalled": os.WIFSIGNALED(status), "error": tail[-1] if tail else ""}, sort_keys=True)


def serve(width, height):
    try:
        import manim
    except Exception as error:  # the environment, not any scene
        emit({"infrastructure": "MANIM_IMPORT_FAILED", "error": last_line(error)})
        return
    emit({"manim": manim.__version__, "python": platform.python_version()})
    for line in sys.stdin:
        if line.strip():
            VERDICT.write(render_in_child(json.loads(line), width, height) + "\n")
            VERDICT.flush()


def main():
    if sys.argv[1:2] != ["--serve"] or len(sys.argv) != 4:
        sys.exit("usage: render_scene.py --serve WIDTH HEIGHT")
    serve(int(sys.argv[2]), int(sys.argv[3]))


if __name__ == "__main__":
    main()
