"""
Project management API (Flask).

Endpoints:
  GET    /projects                 list the caller's projects
  GET    /projects/<id>            project details for members
  POST   /projects/<id>/archive    archive a project (owner only)
  DELETE /projects/<id>            delete a project (owner only)

Authentication is done by `require_user`, which sets `g.user`.
Each project row has `owner_id` and a list of `member_ids`.
"""
from functools import wraps
from typing import Dict, List

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)

PROJECTS: Dict[int, Dict] = {
    1: {"id": 1, "name": "Website", "owner_id": 10, "member_ids": [10, 11], "archived": False},
    2: {"id": 2, "name": "Mobile", "owner_id": 12, "member_ids": [12], "archived": False},
}
TOKENS = {"t-10": 10, "t-11": 11, "t-12": 12}


def require_user(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        token = request.headers.get("X-Api-Token", "")
        if token not in TOKENS:
            abort(401)
        g.user = TOKENS[token]
        return view(*args, **kwargs)
    return wrapper


def _project(project_id: int) -> Dict:
    project = PROJECTS.get(project_id)
    if project is None:
        abort(404)
    return project


def _visible(project: Dict, user_id: int) -> bool:
    return user_id in project["member_ids"]


@app.get("/projects")
@require_user
def list_projects():
    mine: List[Dict] = [p for p in PROJECTS.values() if _visible(p, g.user)]
    return jsonify(mine)


@app.get("/projects/<int:project_id>")
@require_user
def project_detail(project_id: int):
    project = _project(project_id)
    if not _visible(project, g.user):
        abort(404)
    return jsonify(project)


@app.post("/projects/<int:project_id>/archive")
@require_user
def archive_project(project_id: int):
    project = _project(project_id)
    project["archived"] = True
    return jsonify(project)


@app.delete("/projects/<int:project_id>")
@require_user
def delete_project(project_id: int):
    project = _project(project_id)
    PROJECTS.pop(project["id"])
    return "", 204
