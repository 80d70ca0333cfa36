"""Build step: the wheel carries the site's configuration (mkdocs.yml) and hand-written pages (docs/)
from the top of the repository as ``arising/skeleton``, so a pip-installed ``arising`` can build
sites and ``arising init`` can copy them into a new knowledge base."""
import os
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithSkeleton(build_py):
    def run(self):
        super().run()
        here = os.path.dirname(os.path.abspath(__file__))
        target = os.path.join(self.build_lib, "arising", "skeleton")
        os.makedirs(target, exist_ok=True)
        shutil.copy2(os.path.join(here, "mkdocs.yml"), target)
        shutil.copytree(os.path.join(here, "docs"), os.path.join(target, "docs"), dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithSkeleton})
