// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "shippedfindings.h"

#include "../catalogue/actioncatalogue.h"
#include "../catalogue/rulebook.h"
#include "findingskeeper.h"
#include "rulesettings.h"

namespace auditlens {

const RuleList &ShippedFindings::rules()
{
    return RuleBook::shipped();
}

RuleList ShippedFindings::rulesFor(const CaseStore &store)
{
    return RuleSettings::effective(store);
}

FindingsEngine::Knows ShippedFindings::knows()
{
    return [](QStringView action) { return ActionCatalogue::shipped().knows(action); };
}

bool ShippedFindings::refresh(CaseStore &store, QString *error)
{
    return FindingsKeeper::refresh(store, rulesFor(store), knows(), error);
}

} // namespace auditlens
