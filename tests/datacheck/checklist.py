# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

"""What the data checks found wrong, and the exit code that says it."""


class Checklist:
    def __init__(self):
        self.errors = []

    def check(self, condition, message):
        """Notes message when condition is false; returns condition."""
        if not condition:
            self.errors.append(message)
        return condition

    def fail(self, message):
        self.errors.append(message)

    def finish(self, all_well):
        """Prints every problem (or all_well) and returns the exit code."""
        for e in self.errors:
            print("FAIL:", e)
        print(f"{len(self.errors)} problems" if self.errors else all_well)
        return 1 if self.errors else 0
