#include "tools/pathfield.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace enclave::ui {

PathField::PathField(
    const QString &dialogTitle, const QString &name, Mode mode, const QString &filter, QWidget *parent)
    : QWidget(parent)
    , m_title(dialogTitle)
    , m_filter(filter)
    , m_mode(mode)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(name);
    auto *browse = new QPushButton(tr("Browse..."), this);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(browse);
    setFocusProxy(m_edit);
    connect(browse, &QPushButton::clicked, this, &PathField::browse);
}

PathField *PathField::addRow(QFormLayout *form, const QString &label, const QString &name, Mode mode,
    const QString &filter, QWidget *parent)
{
    auto *field = new PathField(label, name, mode, filter, parent);
    form->addRow(label, field);
    return field;
}

QString PathField::text() const
{
    return m_edit->text().trimmed();
}

void PathField::setText(const QString &path)
{
    m_edit->setText(path);
}

void PathField::setSuggestion(const QString &suggestion)
{
    m_suggestion = suggestion;
    m_edit->setPlaceholderText(suggestion);
}

void PathField::browse()
{
    const QString start = m_edit->text().isEmpty() ? m_suggestion : m_edit->text();
    const QString path = m_mode == Mode::Save ? QFileDialog::getSaveFileName(
                             this, m_title, start, m_filter, nullptr, QFileDialog::DontConfirmOverwrite)
                                              : QFileDialog::getOpenFileName(this, m_title, start, m_filter);
    if (path.isEmpty())
        return;
    m_edit->setText(path);
    Q_EMIT picked(path);
}

} // namespace enclave::ui
