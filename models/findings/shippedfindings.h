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
FindingsEngine::Knows knows();
// Makes the case's kept findings current for the shipped rules (FindingsKeeper::refresh): after
// an import, and when a case opens. False with the reason in *error.
bool refresh(CaseStore &store, QString *error);

} // namespace ShippedFindings

} // namespace auditlens
