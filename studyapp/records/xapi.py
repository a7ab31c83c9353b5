"""xAPI 1.0.3 statements for what a learner does in an activity: launched, pre-test
completed, each answer, post-test passed or failed, evaluation completed, credit claimed.

Verbs come from the ADL vocabulary. The actor is an account at the institution's home
page named by the installation and the learner's id, never the email unless the
institution asks for it. The object is the activity (with its pack version) or a part
of it, as IRIs under urn:studyapp:activity:.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

VERSION = "1.0.3"
ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {
    "initialized": "initialized",
    "answered": "answered",
    "completed": "completed",
    "passed": "passed",
    "failed": "failed",
}
ACTIVITY_TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
}
EXTENSION = "urn:studyapp:xapi:extension:"
DEFAULT_HOME_PAGE = "https://studyapp.invalid/"


@dataclass(frozen=True)
class Actor:
    home_page: str
    name: str  # unique across installations: the data folder's did:key and the learner id
    email: str = ""  # used only when the institution says so

    def as_json(self) -> dict[str, Any]:
        if self.email:
            return {"objectType": "Agent", "mbox": f"mailto:{self.email}"}
        return {"objectType": "Agent", "account": {"homePage": self.home_page, "name": self.name}}


@dataclass(frozen=True)
class ActivityRef:
    activity_id: str
    version: str
    title: str

    @property
    def iri(self) -> str:
        return f"urn:studyapp:activity:{self.activity_id}:{self.version}"


def _timestamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _object(iri: str, name: str, kind: str, extra: dict | None = None) -> dict[str, Any]:
    definition = {"name": {"en-US": name}, "type": ACTIVITY_TYPES[kind], **(extra or {})}
    return {"objectType": "Activity", "id": iri, "definition": definition}


def statement(
    actor: Actor,
    verb: str,
    obj: dict[str, Any],
    activity: ActivityRef,
    when: dt.datetime,
    result: dict[str, Any] | None = None,
    extensions: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One statement with a client-made UUID, ready for the outbox."""
    context: dict[str, Any] = {
        "extensions": {f"{EXTENSION}pack-version": activity.version, **(extensions or {})}
    }
    if obj["id"] != activity.iri:
        context["contextActivities"] = {"parent": [{"id": activity.iri}]}
    built = {
        "id": str(uuid.uuid4()),
        "actor": actor.as_json(),
        "verb": {"id": ADL + VERBS[verb], "display": {"en-US": verb}},
        "object": obj,
        "context": context,
        "timestamp": _timestamp(when),
        "version": VERSION,
    }
    if result is not None:
        built["result"] = result
    return built


def launched(actor: Actor, activity: ActivityRef, when: dt.datetime) -> dict[str, Any]:
    return statement(
        actor, "initialized", _object(activity.iri, activity.title, "course"), activity, when
    )


def test_object(activity: ActivityRef, test: str) -> dict[str, Any]:
    label = "Pre-Test" if test == "pre" else "Post-Test"
    return _object(f"{activity.iri}#{test}-test", f"{label}: {activity.title}", "assessment")


def _score(correct: int, total: int) -> dict[str, Any]:
    scaled = round(correct / total, 4) if total else 0.0
    return {"scaled": scaled, "raw": correct, "min": 0, "max": total}


def pretest_completed(
    actor: Actor, activity: ActivityRef, correct: int, total: int, when: dt.datetime
) -> dict[str, Any]:
    result = {"score": _score(correct, total), "completion": True}
    return statement(actor, "completed", test_object(activity, "pre"), activity, when, result)


def posttest_scored(
    actor: Actor,
    activity: ActivityRef,
    correct: int,
    total: int,
    passed: bool,
    when: dt.datetime,
) -> dict[str, Any]:
    result = {"score": _score(correct, total), "success": passed, "completion": True}
    verb = "passed" if passed else "failed"
    return statement(actor, verb, test_object(activity, "post"), activity, when, result)


def answered(
    actor: Actor,
    activity: ActivityRef,
    test: str,
    item_id: str,
    stem: str,
    selection: list[str],
    success: bool,
    when: dt.datetime,
) -> dict[str, Any]:
    question = _object(
        f"{activity.iri}#{test}-test/{item_id}",
        stem[:200],
        "question",
        {"interactionType": "choice"},
    )
    result = {"response": "[,]".join(sorted(selection)), "success": success}
    return statement(actor, "answered", question, activity, when, result)


def evaluation_completed(actor: Actor, activity: ActivityRef, when: dt.datetime) -> dict[str, Any]:
    form = _object(f"{activity.iri}#evaluation", f"Evaluation: {activity.title}", "assessment")
    return statement(actor, "completed", form, activity, when, {"completion": True})


def credit_claimed(
    actor: Actor,
    activity: ActivityRef,
    record_id: str,
    credits: str,
    credit_type: str,
    when: dt.datetime,
) -> dict[str, Any]:
    return statement(
        actor,
        "completed",
        _object(activity.iri, activity.title, "course"),
        activity,
        when,
        {"completion": True},
        {
            f"{EXTENSION}completion-record": f"urn:uuid:{record_id}",
            f"{EXTENSION}credits": credits,
            f"{EXTENSION}credit-type": credit_type,
        },
    )
