#include "common/layoutmemory.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QVariantList>

namespace enclave::ui {

namespace {
QString settingsKey(const QString &key)
{
    return QStringLiteral("layout/") + key;
}
} // namespace

void LayoutMemory::remember(QSplitter *splitter, const QString &key)
{
    const QByteArray state = QSettings().value(settingsKey(key)).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
        [splitter, key] { QSettings().setValue(settingsKey(key), splitter->saveState()); });
}

void LayoutMemory::remember(QHeaderView *header, const QString &key)
{
    const QVariantList widths = QSettings().value(settingsKey(key)).toList();
    for (int i = 0; i < widths.size() && i < header->count(); ++i) {
        const int width = widths.at(i).toInt();
        if (width > 0 && header->sectionResizeMode(i) == QHeaderView::Interactive)
            header->resizeSection(i, width);
    }
    QObject::connect(header, &QHeaderView::sectionResized, header, [header, key](int logical) {
        if (header->sectionResizeMode(logical) != QHeaderView::Interactive)
            return;
        QVariantList out;
        for (int i = 0; i < header->count(); ++i)
            out << (header->sectionResizeMode(i) == QHeaderView::Interactive ? header->sectionSize(i) : 0);
        QSettings().setValue(settingsKey(key), out);
    });
}

} // namespace enclave::ui
