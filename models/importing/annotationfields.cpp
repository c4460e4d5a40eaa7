// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "annotationfields.h"

#include <QDateTime>

#include <simdjson.h>

#include <algorithm>

namespace auditlens {

namespace {
enum Field { kTags, kStarred, kNotes, kSource, kLine, kFieldCount };
constexpr std::string_view kNames[kFieldCount] = {"tags", "starred", "notes", "source", "line"};

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

bool isTime(std::string_view v)
{
    return QDateTime::fromString(text(v), Qt::ISODateWithMs).isValid();
}
} // namespace

struct AnnotationFields::Impl
{
    simdjson::dom::parser parser;

    bool tags(std::string_view value, QStringList *tags)
    {
        simdjson::dom::array array;
        if (parser.parse(value.data(), value.size(), true).get_array().get(array) !=
            simdjson::SUCCESS)
            return false;
        for (const simdjson::dom::element element : array) {
            std::string_view name;
            if (element.get_string().get(name) != simdjson::SUCCESS)
                return false;
            const QString tag = text(name);
            if (!AnnotationStore::isTagName(tag))
                return false;
            if (!tags->contains(tag))
                tags->append(tag);
        }
        return true;
    }

    bool notes(std::string_view value, QVector<ImportedNote> *notes)
    {
        simdjson::dom::array array;
        if (parser.parse(value.data(), value.size(), true).get_array().get(array) !=
            simdjson::SUCCESS)
            return false;
        for (const simdjson::dom::element element : array) {
            simdjson::dom::object object;
            if (element.get_object().get(object) != simdjson::SUCCESS)
                return false;
            ImportedNote note;
            std::string_view noteText;
            if (object.at_key("text").get_string().get(noteText) != simdjson::SUCCESS)
                return false;
            note.text = text(noteText);
            // author, created and changed: strings when given, the times ISO-8601.
            QString *const fields[] = {&note.author, &note.created, &note.changed};
            const char *const keys[] = {"author", "created", "changed"};
            for (int k = 0; k < 3; ++k) {
                simdjson::dom::element member;
                if (object.at_key(keys[k]).get(member) != simdjson::SUCCESS)
                    continue;
                std::string_view v;
                if (member.get_string().get(v) != simdjson::SUCCESS ||
                    (k > 0 && !v.empty() && !isTime(v)))
                    return false;
                *fields[k] = text(v).trimmed();
            }
            notes->append(note);
        }
        return true;
    }
};

AnnotationFields::AnnotationFields() : d(std::make_unique<Impl>()) {}

AnnotationFields::~AnnotationFields() = default;

bool AnnotationFields::take(EventCells &cells, ImportedAnnotations *annotations,
                            std::vector<Problem> &problems, quint32 *flags)
{
    int at[kFieldCount] = {-1, -1, -1, -1, -1};
    bool any = false;
    for (size_t i = 0; i < cells.extras.size(); ++i) {
        for (int f = 0; f < kFieldCount; ++f) {
            if (at[f] < 0 && cells.extras[i].first == kNames[f]) {
                at[f] = int(i);
                any = any || f <= kNotes;
            }
        }
    }
    if (!any)
        return false;

    annotations->tags.clear();
    annotations->starred = false;
    annotations->notes.clear();
    std::vector<char> drop(cells.extras.size(), 0);
    auto malformed = [&](Field field, const QString &message) {
        const std::string_view value = cells.extras[size_t(at[field])].second;
        *flags |= flagBit(ProblemKind::BadAnnotation);
        Problem problem;
        problem.line = cells.line;
        problem.offset = cells.offset;
        problem.kind = ProblemKind::BadAnnotation;
        problem.severity = Severity::Flagged;
        problem.column = QLatin1String(kNames[field].data(), qsizetype(kNames[field].size()));
        problem.message = message;
        problem.raw = QByteArray(value.data(), qsizetype(value.size()));
        problems.push_back(std::move(problem));
    };
    if (at[kTags] >= 0) {
        if (d->tags(cells.extras[size_t(at[kTags])].second, &annotations->tags)) {
            drop[size_t(at[kTags])] = 1;
        } else {
            annotations->tags.clear();
            malformed(kTags, tr("tags is not a list of tag names; the event's tags were not "
                                "restored, the field is kept as written"));
        }
    }
    if (at[kStarred] >= 0) {
        const std::string_view value = cells.extras[size_t(at[kStarred])].second;
        if (value == "true" || value == "false") {
            annotations->starred = value == "true";
            drop[size_t(at[kStarred])] = 1;
        } else {
            malformed(kStarred, tr("starred is neither true nor false; the event's star was not "
                                   "restored, the field is kept as written"));
        }
    }
    if (at[kNotes] >= 0) {
        if (d->notes(cells.extras[size_t(at[kNotes])].second, &annotations->notes)) {
            drop[size_t(at[kNotes])] = 1;
        } else {
            annotations->notes.clear();
            malformed(kNotes, tr("notes is not a list of notes, each with its text (and author, "
                                 "created and changed times); the event's notes were not "
                                 "restored, the field is kept as written"));
        }
    }
    // The export's own file name and line, which every record of it has beside the three.
    if (at[kTags] >= 0 && at[kStarred] >= 0 && at[kNotes] >= 0) {
        if (at[kSource] >= 0)
            drop[size_t(at[kSource])] = 1;
        if (at[kLine] >= 0) {
            const std::string_view line = cells.extras[size_t(at[kLine])].second;
            if (!line.empty() &&
                std::all_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; }))
                drop[size_t(at[kLine])] = 1;
        }
    }
    size_t kept = 0;
    for (size_t i = 0; i < cells.extras.size(); ++i) {
        if (!drop[i])
            cells.extras[kept++] = cells.extras[i];
    }
    cells.extras.resize(kept);
    return !annotations->tags.isEmpty() || annotations->starred || !annotations->notes.isEmpty();
}

} // namespace auditlens
