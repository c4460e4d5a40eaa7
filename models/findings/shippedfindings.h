// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "findingsengine.h"

namespace auditlens {

class CaseStore;

// The findings every case gets: the shipped rule book, with the shipped action catalogue
// deciding which actions are known.
namespace ShippedFindings {

const RuleList &rules();
// The rules as that case evaluates them: the shipped ones with the user's default settings and
// the case's own applied (RuleSettings::effective).
RuleList rulesFor(const CaseStore &store);
FindingsEngine::Knows knows();
// Makes the case's kept findings current for its rules (rulesFor, FindingsKeeper::refresh):
// after an import, when a case opens and when its rule settings change. False with the reason
// in *error.
bool refresh(CaseStore &store, QString *error);

} // namespace ShippedFindings

} // namespace auditlens
