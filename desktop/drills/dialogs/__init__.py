"""The drills' edit dialogs: ``sites``, ``plans`` (plan, revision, versions, revision tasks)
and ``findings``."""
