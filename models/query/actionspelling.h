// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace auditlens {

// CircleCI spells one action with dots in older exports and with hyphens in today's
// (workflow.job.start, workflow-job-start): filters, facets and families take '-' and '.' as
// one separator, while the table and the exports show each action as written. Underscores are
// part of a word (role_grant-update is role_grant.update, not role.grant.update).
namespace ActionSpelling {

// The action's name with every '-' read as '.': equal for the spellings of one action.
QString key(const QString &name);
// The SQL of the same for a column or expression holding a name.
QString sqlKey(const QString &expression);

} // namespace ActionSpelling

} // namespace auditlens
