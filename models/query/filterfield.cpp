// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "filterfield.h"

#include "../index/eventindex.h"
#include "filter.h"

#include <QCoreApplication>

namespace auditlens {

namespace {
constexpr FilterFieldInfo kFieldInfo[] = {
    {FilterField::Action, QT_TRANSLATE_NOOP("FilterField", "action"), "action",
     QT_TRANSLATE_NOOP("FilterField", "action or family (a.*)"), nullptr, nullptr,
     QT_TRANSLATE_NOOP("FilterField", "Action"), FieldMatch::ActionName, IndexField::Action,
     "action_id", &EventRow::action},
    {FilterField::Actor, QT_TRANSLATE_NOOP("FilterField", "actor"), "actor",
     QT_TRANSLATE_NOOP("FilterField", "actor id or name"), nullptr, nullptr,
     QT_TRANSLATE_NOOP("FilterField", "Actor"), FieldMatch::Entity, IndexField::Actor, "actor",
     &EventRow::actorId},
    {FilterField::Target, QT_TRANSLATE_NOOP("FilterField", "target"), "target",
     QT_TRANSLATE_NOOP("FilterField", "target id or name"), nullptr, nullptr,
     QT_TRANSLATE_NOOP("FilterField", "Target"), FieldMatch::Entity, IndexField::Target, "target",
     &EventRow::targetId},
    {FilterField::Scope, QT_TRANSLATE_NOOP("FilterField", "scope"), "scope",
     QT_TRANSLATE_NOOP("FilterField", "scope id or name"), nullptr, nullptr,
     QT_TRANSLATE_NOOP("FilterField", "Scope"), FieldMatch::Entity, IndexField::Scope, "scope",
     &EventRow::scopeId},
    {FilterField::Ip, QT_TRANSLATE_NOOP("FilterField", "ip"), "ip",
     QT_TRANSLATE_NOOP("FilterField", "IP address or CIDR block (10.0.0.0/8, 2001:db8::/32)"),
     nullptr, nullptr, QT_TRANSLATE_NOOP("FilterField", "IP address"), FieldMatch::Address,
     IndexField::Ip, "ip_key", &EventRow::ip},
    {FilterField::Organization, QT_TRANSLATE_NOOP("FilterField", "organization"), "org",
     QT_TRANSLATE_NOOP("FilterField", "organization id or name"), nullptr, nullptr,
     QT_TRANSLATE_NOOP("FilterField", "Organization"), FieldMatch::Entity, IndexField::Organization,
     "organization", &EventRow::organizationId},
    {FilterField::Account, QT_TRANSLATE_NOOP("FilterField", "account"), "account",
     QT_TRANSLATE_NOOP("FilterField", "account id or name"), nullptr, nullptr,
     QT_TRANSLATE_NOOP("FilterField", "Account"), FieldMatch::Entity, IndexField::Account,
     "account", &EventRow::accountId},
    {FilterField::Request, QT_TRANSLATE_NOOP("FilterField", "request"), "request",
     QT_TRANSLATE_NOOP("FilterField", "request id (the events of one request)"), nullptr, nullptr,
     QT_TRANSLATE_NOOP("FilterField", "Request"), FieldMatch::Text, IndexField::Request,
     "request_id", &EventRow::requestId},
    {FilterField::Source, QT_TRANSLATE_NOOP("FilterField", "source"), "source",
     QT_TRANSLATE_NOOP("FilterField", "source: its number, path, file name or SHA-256 prefix"),
     nullptr, nullptr, QT_TRANSLATE_NOOP("FilterField", "Source"), FieldMatch::Number,
     IndexField::Source, "source_id", &EventRow::sourceNumber},
    {FilterField::Tag, QT_TRANSLATE_NOOP("FilterField", "tag"), "tag",
     QT_TRANSLATE_NOOP("FilterField", "the analyst's tag by name (* for any tag)"), "untagged",
     QT_TRANSLATE_NOOP("FilterField", "events without a tag"),
     QT_TRANSLATE_NOOP("FilterField", "Tag"), FieldMatch::TagName, IndexField::Tag, "event_tags",
     nullptr},
    {FilterField::Starred, QT_TRANSLATE_NOOP("FilterField", "starred"), "starred",
     QT_TRANSLATE_NOOP("FilterField", "starred events"), "unstarred",
     QT_TRANSLATE_NOOP("FilterField", "events without a star"),
     QT_TRANSLATE_NOOP("FilterField", "Starred"), FieldMatch::Mark, IndexField::Starred, "stars",
     nullptr},
    {FilterField::Noted, QT_TRANSLATE_NOOP("FilterField", "noted"), "noted",
     QT_TRANSLATE_NOOP("FilterField", "events with a note"), "unnoted",
     QT_TRANSLATE_NOOP("FilterField", "events without a note"),
     QT_TRANSLATE_NOOP("FilterField", "Note"), FieldMatch::Mark, IndexField::Noted, "notes",
     nullptr},
    {FilterField::Finding, QT_TRANSLATE_NOOP("FilterField", "finding"), "finding",
     QT_TRANSLATE_NOOP("FilterField", "the hits of a findings rule by its id (* for any rule)"),
     nullptr, nullptr, QT_TRANSLATE_NOOP("FilterField", "Finding"), FieldMatch::TagName,
     IndexField::Finding, "finding_hits", nullptr},
};
static_assert(std::size(kFieldInfo) == kFilterFieldCount, "one entry per FilterField");

constexpr bool inOrder()
{
    for (int i = 0; i < kFilterFieldCount; ++i) {
        if (kFieldInfo[i].field != FilterField(i) || kFilterFields[size_t(i)] != FilterField(i))
            return false;
        if (i < kCodedFilterFieldCount && int(kFieldInfo[i].indexField) != i)
            return false;
    }
    return true;
}
static_assert(inOrder(), "the table is in the order of the enum, the pass's fields first");
} // namespace

const FilterFieldInfo &filterFieldInfo(FilterField field)
{
    return kFieldInfo[int(field)];
}

QString filterFieldTitle(FilterField field)
{
    return QCoreApplication::translate("FilterField", filterFieldInfo(field).title);
}

bool filterFieldOf(IndexField indexField, FilterField *field)
{
    for (const FilterFieldInfo &info : kFieldInfo) {
        if (info.indexField == indexField) {
            *field = info.field;
            return true;
        }
    }
    return false;
}

} // namespace auditlens
