#include "cliutil.h"

#include <QCoreApplication>

namespace auditlens::cli {

int exportCommand(const QStringList &)
{
    return usage(QCoreApplication::translate("auditlens-cli", "export is not available yet"));
}

} // namespace auditlens::cli
