#pragma once

#include <memory>
#include <vector>

#include <QString>

namespace enclave::ui {

// One row of a Wireshark-style field tree: a label, its shown value and the byte span it came
// from. Adapters (eiffields.cpp, attestationfields.cpp) describe a core object with these; they
// hold display text only, the parsed data stays in core.
class FieldItem final {
public:
    enum class Severity { Normal, Warning, Error };

    FieldItem(QString name, QString value = {}, qint64 offset = -1, qint64 length = 0);
    Q_DISABLE_COPY_MOVE(FieldItem)

    FieldItem *add(QString name, QString value = {}, qint64 offset = -1, qint64 length = 0);

    const QString &name() const { return m_name; }
    const QString &value() const { return m_value; }
    qint64 offset() const { return m_offset; }
    qint64 length() const { return m_length; }
    bool hasSpan() const { return m_offset >= 0 && m_length > 0; }
    Severity severity() const { return m_severity; }
    FieldItem *setSeverity(Severity severity)
    {
        m_severity = severity;
        return this;
    }
    const QString &toolTip() const { return m_toolTip; }
    FieldItem *setToolTip(QString tip)
    {
        m_toolTip = std::move(tip);
        return this;
    }

    FieldItem *parent() const { return m_parent; }
    int childCount() const { return int(m_children.size()); }
    FieldItem *child(int row) const;
    int row() const;

private:
    QString m_name;
    QString m_value;
    QString m_toolTip;
    qint64 m_offset;
    qint64 m_length;
    Severity m_severity = Severity::Normal;
    FieldItem *m_parent = nullptr;
    std::vector<std::unique_ptr<FieldItem>> m_children;
};

} // namespace enclave::ui
