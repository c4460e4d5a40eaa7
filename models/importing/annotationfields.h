// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../annotations/annotationstore.h"
#include "../parsing/auditevent.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace auditlens {

// The fields an AuditLens JSON export adds to each event: its tags, star and notes, and the
// file and line the event came from. None of them is the event's content: they are taken out of
// a JSON record's extra cells before it is stored, so that an event exported and imported again
// is an exact copy of the one in the original source. Records without them cost a look at the
// names of their extra cells.
class AnnotationFields
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationFields)

public:
    AnnotationFields();
    ~AnnotationFields();
    AnnotationFields(const AnnotationFields &) = delete;
    AnnotationFields &operator=(const AnnotationFields &) = delete;

    // Takes the well-formed annotation fields (tags: a list of tag names; starred: true or
    // false; notes: a list of objects with their text, and author, created and changed as
    // strings) out of cells.extras into *annotations (its line and id are the caller's), and,
    // when the record has all three, the export's own source and line. A malformed field stays
    // in the event as it was written, and becomes a flagged problem of column's name in
    // problems, its bit in *flags. True when *annotations holds something to restore.
    bool take(EventCells &cells, ImportedAnnotations *annotations, std::vector<Problem> &problems,
              quint32 *flags);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace auditlens
